# json: decoding errors and positions, encoding options and errors
import json
cases = ['', ' ', '[', '[1,', '[1,]', '{"a":1,}', '{', '{"a"', '{"a":', '{"a" 1}', '{1:2}', '[1 2]', '"abc', '"a\\x"', '"\\u12"', '"\\u12g4"', '"a\tb"', 'nul', 'tru', 'NaN', '-Infinity', 'Infinity', '1.5e', '-', '01', '1.', '.5', '[1] x', '{"a":1} {', '"\\ud834\\udd1e"', '"\\ud834"', '\ufeff[]', '[1,\n2,\n3 4]', '{"a": [1, {"b": }]}', '1e400', '-0', '0.0', '123456789012345678901234567890', '"\\/"', '[-]', '{"a" : 1 , "b":2}', ' [ ] ', '{"":""}', '"\x7f"', '[true,false,null]', '"\\uD834\\uDD1E"', 'true false', '{"a":1,"a":2}', '-1.5E+3', '1E3', '[1,,2]', '{,}', '[1.0e-1]']
for c in cases:
    try:
        print(repr(c), repr(json.loads(c)))
    except json.JSONDecodeError as e:
        print(repr(c), 'JSONDecodeError', e, e.pos, e.lineno, e.colno, repr(e.msg))
    except Exception as e:
        print(repr(c), type(e).__name__, e)
for o in [float('nan'), float('inf'), [float('-inf')], {1: float('nan')}]:
    for kw in [{}, {'indent': 2}]:
        try: print(json.dumps(o, allow_nan=False, **kw))
        except ValueError as e: print('ValueError', e)
for o in [{(1, 2): 3}, {1.5: 2, True: 3, None: 4, 5: 6}, object(), [1, {2}], {'b': 1, 'a': [1, 2, {'c': None}]}]:
    for kw in [{}, {'indent': 2}, {'sort_keys': True}, {'skipkeys': True}, {'indent': '\t', 'separators': (',', ':')}]:
        try: print(repr(json.dumps(o, **kw)))
        except Exception as e: print(type(e).__name__, e)
l = []; l.append(l)
for kw in [{}, {'indent': 1}, {'check_circular': False}]:
    try: print(json.dumps(l, **kw))
    except (ValueError, RecursionError) as e: print(type(e).__name__, e)
print(json.dumps("héllo\u2028\U0001f600\n\"\\"), json.dumps("héllo\U0001f600", ensure_ascii=False), json.dumps({'k': 'v'}, separators=(',', ':')))
print(json.dumps([1.0, 1e20, 1e-7, 3.141592653589793, -0.0, 10**20, True, None]))
print(json.loads('{"a": 1.5, "b": [1, 2]}', parse_float=str, parse_int=float), json.loads('[1, 2]', object_hook=dict), json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d)), json.loads('{"x": 1, "y": 2}', object_pairs_hook=list))
print(json.loads('[NaN, Infinity]', parse_constant=lambda s: s.lower()))
try: json.loads(5)
except TypeError as e: print(e)
print(json.loads(b'[1, "\xc3\xa9"]'), json.loads('{"a":1}'.encode('utf-16')), json.loads(bytearray(b'2')))

# json: JSONEncoder subclasses, default, iterencode chunks, dump/load, subclasses of builtins, raw_decode, hooks
import json, io
from collections import OrderedDict
from enum import IntEnum
class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set): return sorted(o)
        if isinstance(o, complex): return [o.real, o.imag]
        return super().default(o)
print(json.dumps({'s': {3, 1, 2}, 'c': 1+2j}, cls=E), E(indent=2).encode([{1}, 2]))
print(json.dumps([1, {2}], default=list), json.dumps(object(), default=lambda o: 'obj'))
print(list(json.JSONEncoder().iterencode({'a': [1, 2, {'b': None}], 'c': 'd'})))
print(list(json.JSONEncoder(indent=1).iterencode([1, [2, []], {}])))
buf = io.StringIO(); json.dump({'x': [1, 2]}, buf, indent=3); print(repr(buf.getvalue()))
print(json.load(io.StringIO('{"k": [true, 1.5]}')))
class MyInt(int): pass
class MyFloat(float): pass
class MyStr(str): pass
class Num(IntEnum):
    A = 1
print(json.dumps([MyInt(5), MyFloat(2.5), MyStr('s'), Num.A, {MyStr('k'): 1, Num.A: 2}]))
print(json.dumps(OrderedDict([('b', 1), ('a', 2)])), json.dumps((1, (2,))), json.dumps([], indent=4), json.dumps({}, indent=4))
print(json.dumps({'a': 1}, indent=0), json.dumps([1, 2], indent=''), json.dumps("\x00\x1f\x7f"))
d = json.JSONDecoder()
print(d.raw_decode('[1, 2] trailing'), d.raw_decode('  {"a": 1}', 2), d.decode(' "x" '))
print(json.loads('"a\tb"', strict=False), json.loads('{"a": NaN}')['a'] != json.loads('{"a": NaN}')['a'])
try: json.JSONDecoder().raw_decode('[1]', -1)
except Exception as e: print(type(e).__name__, e)
print(json.dumps("\ud800"), json.dumps("\U0001f600", ensure_ascii=False), json.loads('"\\ud83d\\ude00"') == "\U0001f600")
deep = [[[[[[[[[[1]]]]]]]]]]
print(json.dumps(deep), json.loads(json.dumps(deep)) == deep)
big = {str(i): [i, i * 1.5, str(i) * 3, None, True] for i in range(2000)}
s = json.dumps(big); print(len(s), json.loads(s) == big, len(json.dumps(big, indent=2)))
print(json.__all__, json.decoder.JSONDecodeError.__mro__[1].__name__)
e = json.JSONDecodeError('msg', 'ab\ncd', 4); print(e, e.lineno, e.colno, e.__reduce__()[1])
print(json.dumps({'a': float('nan'), 'b': float('inf')}), json.dumps(1e16), json.dumps(0.1 + 0.2), json.dumps(-1e-300))
print(json.dumps([1,2], separators=(', ', ':')), json.dumps({'a': [1]}, indent=2, separators=(',', ' = ')))
print(json.loads('[' * 50 + ']' * 50) is not None)
print(json.dumps(True), json.dumps(None), json.dumps("x"), json.dumps(12), json.loads("12"), json.loads('"x"'))
class BadItems(dict):
    def items(self): return [('z', 1)]
print(json.dumps(BadItems(a=1)), json.dumps(BadItems(a=1), indent=1))
try: json.dumps({'a': 1}, sort_keys=True, separators=5)
except Exception as e: print(type(e).__name__, e)

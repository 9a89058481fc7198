# the codec functions of _codecs re-exported by codecs (partial input with final=False)
import codecs

print(codecs.utf_8_decode(b'a\xe2\x82', 'strict', False), codecs.utf_8_decode(b'a\xe2\x82'))
print(codecs.utf_8_decode(b'\xe2\x82\xac\xe2', 'strict', False),
      codecs.utf_8_decode(b'a\xf0\x9f\x98', None, False), codecs.utf_8_decode(b'a\xed\xa0', 'replace', False))
try:
    codecs.utf_8_decode(b'a\xe2\x82', 'strict', True)
except UnicodeDecodeError as e:
    print(e)
print(codecs.utf_16_ex_decode(b'\xfe\xff\x00a\x00'), codecs.utf_16_decode(b'\xff'))
print(codecs.utf_16_le_decode(b'a\x00\x3d\xd8', None, False), codecs.utf_32_be_decode(b'\x00\x00\x00a\x00'))
print(codecs.utf_16_ex_decode(b'\xff\xfea\x00', 'strict', 0, True), codecs.utf_32_ex_decode(b'\x00\x00\xfe\xff\x00\x00\x00a'))
print(codecs.utf_16_encode('a'), codecs.utf_16_encode('a', 'strict', -1), codecs.utf_16_encode('a', None, 1),
      codecs.utf_32_encode('a'), codecs.utf_16_be_encode('ab'), codecs.utf_32_le_encode('\U0001f600'))
print(codecs.ascii_encode('abc'), codecs.latin_1_decode(b'\xe9'), codecs.charmap_decode(b'\xe9'),
      codecs.charmap_encode('\xe9'), codecs.ascii_decode(b'ab\xff', 'replace'))
print(codecs.unicode_escape_decode(b'a\\', 'strict', False), codecs.unicode_escape_decode(b'a\\x4', 'strict', False),
      codecs.raw_unicode_escape_decode(b'a\\u00', 'strict', False), codecs.unicode_escape_decode(b'a\\n'),
      codecs.unicode_escape_encode('\xe9\n'), codecs.raw_unicode_escape_encode('\u20ac\n'))
print(codecs.escape_decode(b'a\\nb'), codecs.escape_encode(b'a\nb'))
print(codecs.charmap_decode(b'\x00\x01\x02', 'strict', 'abc'), codecs.charmap_decode(b'\x00\x01', 'replace', {0: 'x'}),
      codecs.charmap_encode('ab', 'strict', {97: 1, 98: b'BB'}))
for f in [lambda: codecs.utf_8_decode('abc'), lambda: codecs.utf_8_encode(b'abc'),
          lambda: codecs.latin_1_encode(1), lambda: codecs.utf_8_encode('x', 1),
          lambda: codecs.charmap_decode(b'\x05', 'strict', 'abc')]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

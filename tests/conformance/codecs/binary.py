# the bytes-to-bytes (hex, base64) and str-to-str (rot_13) codecs through codecs.encode/decode
import codecs

for args in [('hello', 'rot_13'), ('Hello, World!', 'ROT-13'), (b'\x00\xff', 'hex_codec'),
             (b'hello world', 'base64_codec'), (b'', 'base64'), (b'hi' * 40, 'base64'),
             (bytearray(b'\x01\x02'), 'hex'), (memoryview(b'xyz'), 'base64')]:
    r = codecs.encode(*args)
    print(r, codecs.decode(r, args[1]))
print(codecs.decode('68656c6c6f', 'hex'), codecs.decode(b'aGVs\nbG8=', 'base64'),
      codecs.decode(b'aGV!sbG8=', 'base64'))
for name in ['rot13', 'hex', 'base64']:
    ci = codecs.lookup(name)
    print(ci.name, ci._is_text_encoding)
for bad in [lambda: codecs.encode('x', 'hex', 'ignore'), lambda: 'x'.encode('hex'),
            lambda: b'x'.decode('base64'), lambda: codecs.decode(b'abc', 'hex'),
            lambda: codecs.encode(1, 'rot13'), lambda: codecs.decode('aGk=', 'base64'),
            lambda: codecs.encode('x', 'base64'), lambda: codecs.decode(b'aGk', 'base64'),
            lambda: 'x'.encode('rot13'), lambda: str(b'x', 'hex')]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(codecs.lookup('rot13').incrementalencoder().encode('abc'),
      codecs.getincrementaldecoder('hex')().decode(b'4142'),
      codecs.getincrementalencoder('base64')().encode(b'hi'))
print(list(codecs.iterencode(['ab', 'cd'], 'rot13')), list(codecs.iterdecode([b'41', b'4243'], 'hex')))
print(codecs.lookup('rot13').encode('abc'), codecs.lookup('hex').decode(b'ab'))

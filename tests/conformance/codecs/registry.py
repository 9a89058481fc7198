# codecs.lookup / register / unregister / encode / decode and CodecInfo
import codecs

for n in ['latin1', 'UTF8', 'utf-16', 'U16', 'rot13', 'hex', 'base64', 'cp1252', 'ascii',
          'utf_8_sig', 'koi8-r', 'mac-roman', 'unicode_escape', 'raw-unicode-escape',
          'utf-32-be', 'cp437', 'Utf 8', 'ISO-8859-15', 'us-ascii', 'L1']:
    ci = codecs.lookup(n)
    print(n, ci.name, ci._is_text_encoding, isinstance(ci, tuple), len(ci),
          ci[0] is ci.encode, ci[1] is ci.decode, ci[2] is ci.streamreader,
          ci[3] is ci.streamwriter)

ci = codecs.lookup('utf-8')
print(type(ci).__name__, ci.streamreader.__name__, ci.incrementaldecoder.__name__,
      ci.incrementalencoder.__name__, issubclass(ci.incrementaldecoder, codecs.BufferedIncrementalDecoder),
      issubclass(ci.incrementalencoder, codecs.IncrementalEncoder),
      issubclass(ci.streamwriter, codecs.StreamWriter), issubclass(ci.streamreader, codecs.Codec))
print(codecs.lookup('utf-8') is codecs.lookup('UTF_8'), codecs.lookup('latin1') is codecs.lookup('latin-1'))
print(codecs.lookup('utf-8').encode('a\xe9'), codecs.lookup('utf-8').decode(b'a\xc3\xa9'))
print(codecs.getencoder('latin1')('\xe9'), codecs.getdecoder('utf-16')(b'\xff\xfea\x00'))
print(codecs.encode('abc'), codecs.decode(b'abc'), codecs.encode('\xe9', 'latin-1'),
      codecs.decode(b'\xe9', encoding='latin-1'), codecs.encode('\u20ac', 'cp1252'),
      codecs.decode(b'\x80', 'cp1252'), codecs.lookup('cp1252').decode(b'\x80abc'))
print(codecs.getreader('utf-8').__name__, codecs.getwriter('ascii').__name__)

for f in [lambda: codecs.lookup('nope'), lambda: codecs.encode(b'abc', 'rot13'),
          lambda: codecs.encode(123, 'utf-8'), lambda: codecs.decode('abc', 'utf-8'),
          lambda: codecs.encode('abc', 'hex'), lambda: codecs.decode(b'zz', 'hex'),
          lambda: codecs.lookup(1), lambda: codecs.register(1),
          lambda: codecs.encode('\xe9', 'ascii'), lambda: codecs.decode(b'\xff', 'utf-8', 'bogus'),
          lambda: codecs.decode(b'abc', 'base64'), lambda: codecs.encode('x', 'nope'),
          lambda: b'x'.decode('rot13'), lambda: 'x'.encode('hex'), lambda: codecs.getencoder('nope'),
          lambda: codecs.getincrementalencoder('nope'), lambda: codecs.encode('x', 1),
          lambda: codecs.decode(b'\xff', 'utf-16')]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e, repr(e.__cause__))

log = []


def search(name):
    log.append(name)
    if name == 'my_codec_name':
        return codecs.CodecInfo(lambda s, e='strict': (s.upper().encode(), len(s)),
                                lambda b, e='strict': (bytes(b).decode().lower(), len(b)),
                                name='mine')
    if name == 'bad':
        return 5
    if name == 'tup':
        return (1, 2, 3, 4)
    if name == 'wrongresult':
        return codecs.CodecInfo(lambda s, e='strict': 'notbytes', lambda b, e='strict': (1, 2))
    if name == 'strresult':
        return codecs.CodecInfo(lambda s, e='strict': ('str', 1), lambda b, e='strict': (b'x', 1))


codecs.register(search)
print(codecs.lookup('My-Codec Name').name, codecs.lookup('My-Codec Name').name, log)
print('abc'.encode('my-codec-name'), b'ABC'.decode('My codec name'), str(b'ABC', 'my_codec_name'))
print(codecs.encode('abc', 'my-codec-name'), codecs.lookup('utf-8').name, log)
for f in [lambda: codecs.lookup('bad'), lambda: 'x'.encode('tup'), lambda: codecs.encode('x', 'wrongresult'),
          lambda: codecs.decode(b'x', 'wrongresult'), lambda: 'x'.encode('strresult'),
          lambda: b'x'.decode('strresult'), lambda: 'x'.encode('still-unknown')]:
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
print(codecs.lookup('tup'), type(codecs.lookup('tup')).__name__)
ci = codecs.CodecInfo(1, 2)
print(ci.name, ci.incrementalencoder, ci.streamreader, tuple(ci), ci._is_text_encoding)
ci = codecs.CodecInfo(1, 2, 3, 4, 5, 6, 'x', _is_text_encoding=False)
print(ci.name, ci.incrementalencoder, ci.incrementaldecoder, tuple(ci), ci._is_text_encoding)
codecs.unregister(search)
codecs.unregister(search)
try:
    codecs.lookup('my-codec-name')
except LookupError as e:
    print(e)

print(codecs.BOM, codecs.BOM_UTF8, codecs.BOM_LE, codecs.BOM_BE, codecs.BOM_UTF32,
      codecs.BOM_UTF16_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF32_LE,
      codecs.BOM32_LE, codecs.BOM32_BE, codecs.BOM64_LE, codecs.BOM64_BE, codecs.BOM_UTF16)
print(sorted(codecs.__all__))
print(codecs.make_identity_dict(range(3)), codecs.make_encoding_map({1: 2, 3: 2, 4: 5}))

import codecs, io
text = 'a\xe9\u20ac\U0001f600z'
for enc in ['utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be', 'utf-8-sig', 'latin-1', 'ascii', 'cp1252', 'unicode_escape', 'raw_unicode_escape', 'koi8_r']:
    t = text if enc not in ('latin-1', 'ascii', 'cp1252', 'koi8_r') else 'abc\xe9' if enc != 'ascii' else 'abc'
    if enc == 'koi8_r': t = 'abc\u044f'
    data = codecs.encode(t, enc)
    e = codecs.getincrementalencoder(enc)()
    pieces = b''.join(e.encode(c) for c in t) + e.encode('', True)
    print(enc, data, pieces == data)
    for step in (1, 2, 3):
        d = codecs.getincrementaldecoder(enc)()
        out = []
        for i in range(0, len(data), step):
            out.append(d.decode(data[i:i+step]))
        out.append(d.decode(b'', True))
        print(' ', step, out, ''.join(out) == t, d.getstate())
    print(' iter', list(codecs.iterdecode([data[:3], data[3:]], enc)), list(codecs.iterencode(['ab', 'c'], enc)))
    r = codecs.getreader(enc)(io.BytesIO(data + codecs.encode('\nline2\r\nline3', enc)[ (2 if enc=='utf-16' else 4 if enc=='utf-32' else 3 if enc == 'utf-8-sig' else 0):]))
    print(' reader', r.readline(), r.readline(), r.read())
    b = io.BytesIO()
    w = codecs.getwriter(enc)(b)
    w.write(t); w.writelines([t, 'x'])
    print(' writer', b.getvalue())
d = codecs.getincrementaldecoder('utf-8')()
print(repr(d.decode(b'\xe2\x82')), d.getstate())
try: d.decode(b'x')
except UnicodeDecodeError as e: print(e)
d.reset(); print(d.decode(b'\xf0\x9f'), d.decode(b'\x98\x80', final=True))
try: d.decode(b'\xe2', final=True)
except UnicodeDecodeError as e: print(e)
d = codecs.getincrementaldecoder('utf-8')('replace')
print(d.decode(b'\xe2\x82'), d.decode(b'', True))
d = codecs.getincrementaldecoder('utf-16')()
print(repr(d.decode(b'\xfe')), d.getstate(), repr(d.decode(b'\xff\x00')), d.getstate(), d.decode(b'a'))
e = codecs.getincrementalencoder('utf-16')()
print(e.getstate(), e.encode('a'), e.getstate(), e.encode('b')); e.reset(); print(e.encode('c'))
print(codecs.decode(b'\xff\xfe\x00\x00a\x00\x00\x00', 'utf-32'))
try: codecs.decode(b'a\x00\x00', 'utf-16-le')
except UnicodeDecodeError as e: print(e)
class C(codecs.BufferedIncrementalDecoder):
    def _buffer_decode(self, input, errors, final):
        n = len(input) if final else len(input) // 2 * 2
        return input[:n].decode('ascii')[::2], n
c = C()
print(c.decode(b'abc'), c.getstate(), c.decode(b'd'), c.decode(b'e', True))
for cls in (codecs.Codec(), codecs.IncrementalEncoder(), codecs.IncrementalDecoder()):
    try: cls.encode('x') if hasattr(cls, 'encode') else cls.decode(b'x')
    except NotImplementedError as e: print('NIE', type(cls).__name__)
print(codecs.IncrementalEncoder().errors, codecs.IncrementalDecoder('ignore').errors, codecs.IncrementalDecoder().getstate(), codecs.IncrementalEncoder().getstate())
# escapes split across chunks, \N{...} names included
data = b'\\x41\\u20ac\\N{EURO SIGN}\\U0001f600\\\\\\n'
for enc in ['unicode_escape', 'raw_unicode_escape']:
    for step in (1, 3, 7):
        d = codecs.getincrementaldecoder(enc)()
        print(enc, step, ascii(''.join(d.decode(data[i:i + step]) for i in range(0, len(data), step)) + d.decode(b'', True)))
d = codecs.getincrementaldecoder('unicode_escape')()
print(ascii(d.decode(b'ab\\')), d.getstate())
try:
    d.decode(b'', True)
except UnicodeDecodeError as e:
    print(e)

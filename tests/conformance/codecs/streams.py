# codecs.open, StreamReader/StreamWriter/StreamReaderWriter, EncodedFile
import codecs
import io
import os
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, 'f.txt')
with codecs.open(p, 'w', 'utf-16') as f:
    print(type(f).__name__, f.encoding, f.errors)
    f.write('h\xe9llo\n')
    f.writelines(['w\u20acrld\n', 'end'])
with open(p, 'rb') as f:
    print(f.read())
with codecs.open(p, 'r', encoding='utf-16') as f:
    print(repr(f.readline()), f.readlines())
with codecs.open(p, encoding='utf-16') as f:
    print(list(f))
with codecs.open(p, encoding='utf-16') as f:
    print(repr(f.read(3)), repr(f.read()))
with codecs.open(p, 'rb') as f:
    print(type(f).__name__, f.read(4))
with codecs.open(p, 'w', 'ascii', errors='replace') as f:
    f.write('caf\xe9\n')
with codecs.open(p, 'r', 'ascii') as f:
    print(f.read())
try:
    codecs.open(p, 'r', 'nope')
except LookupError as e:
    print(e)
os.remove(p)
os.rmdir(d)

r = codecs.getreader('utf-8')(io.BytesIO('one\ntwo\r\nthree\rfour'.encode()))
print(r.readline(), repr(r.readline(keepends=False)), r.readlines())
r = codecs.getreader('utf-8')(io.BytesIO('one\ntwo\nthree'.encode()))
print([line for line in r])
r = codecs.getreader('utf-8')(io.BytesIO(b'abc\xe2\x82\xacdef'))
print(repr(r.read(4)), repr(r.read(chars=2)), repr(r.read()), repr(r.read()))
r = codecs.getreader('utf-8')(io.BytesIO(b'ab\xffcd'))
try:
    r.read()
except UnicodeDecodeError as e:
    print(e)
r = codecs.getreader('utf-8')(io.BytesIO(b'ab\xffcd'), 'replace')
print(r.read(), r.errors)
w = codecs.getwriter('latin-1')(io.BytesIO(), 'xmlcharrefreplace')
w.write('a\u20acb')
print(w.getvalue(), w.errors)
b = io.BytesIO()
w = codecs.getwriter('utf-8-sig')(b)
w.write('x')
w.write('y')
print(b.getvalue())
w.reset()
w.write('z')
print(b.getvalue())
r = codecs.getreader('utf-8-sig')(io.BytesIO(codecs.BOM_UTF8 + b'hi\nthere'))
print(r.readlines())
b = io.BytesIO()
rw = codecs.StreamReaderWriter(b, codecs.getreader('utf-8'), codecs.getwriter('utf-8'))
rw.write('\xe9t\xe9\n')
rw.seek(0)
print(repr(rw.read()), rw.encoding, rw.tell())
b = io.BytesIO()
ef = codecs.EncodedFile(b, 'utf-8', 'latin-1')
ef.write('\xe9'.encode('utf-8'))
print(b.getvalue(), ef.data_encoding, ef.file_encoding)
b.seek(0)
print(ef.read())
try:
    codecs.Codec().encode('x')
except NotImplementedError:
    print('NotImplementedError')

import io

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)

name = "_io_closed_tmp.txt"
with open(name, "w") as f:
    f.write("abc\n")
r = io.FileIO(name, "r")
r.close()
for m in ['read', 'readall', 'tell', 'fileno', 'isatty', 'readable', 'writable', 'seekable', 'flush']:
    t(getattr(r, m))
t(lambda: r.seek(0)); t(lambda: r.write(b'x')); t(lambda: r.truncate()); t(lambda: r.readinto(bytearray(1)))
print(repr(r))
print('buffered')
b = open(name, 'rb'); b.close()
for m in ['read', 'tell', 'fileno', 'isatty', 'readable', 'writable', 'seekable', 'flush', 'readline', 'peek', 'read1']:
    t(getattr(b, m))
t(lambda: b.seek(0))
b = open(name, 'wb'); b.close()
for m in ['tell', 'flush']:
    t(getattr(b, m))
t(lambda: b.write(b'x')); t(lambda: b.seek(0))
print('text')
x = open(name, 'r'); x.close()
for m in ['read', 'tell', 'fileno', 'isatty', 'readable', 'writable', 'seekable', 'flush', 'readline']:
    t(getattr(x, m))
t(lambda: x.seek(0)); t(lambda: next(x)); t(lambda: x.write('a'))
print('stringio')
s = io.StringIO(); s.close()
for m in ['read', 'tell', 'isatty', 'readable', 'writable', 'seekable', 'flush', 'readline', 'getvalue', 'truncate', 'readlines', 'fileno']:
    t(getattr(s, m))
t(lambda: s.newlines); t(lambda: s.line_buffering); t(lambda: s.writelines([]))
print('bytesio')
s = io.BytesIO(); s.close()
for m in ['read', 'tell', 'isatty', 'readable', 'writable', 'seekable', 'flush', 'readline', 'getvalue', 'truncate', 'readlines', 'fileno', 'getbuffer', 'read1']:
    t(getattr(s, m))
t(lambda: s.writelines([]))
import os
os.remove(name)

import io

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

b = io.BytesIO(b"hello\nworld\nlast")
print(b.read(3), b.readline(), b.tell(), b.readlines())
b.seek(0)
print(list(b))
b = io.BytesIO()
print(b.write(b"abc"), b.write(bytearray(b"def")), b.getvalue(), b.tell())
b.seek(10)
b.write(b"!")
print(b.getvalue())
print(b.truncate(5), b.getvalue(), b.tell())
print(b.seek(-2, 2), b.read(), b.seek(-100, 1), b.tell())
t(lambda: b.write("str"))
t(lambda: b.seek(-1))
t(lambda: b.seek(0, 5))
t(lambda: b.truncate(-2))
t(lambda: b.seek(1.5))
buf = bytearray(3)
b.seek(0)
print(b.readinto(buf), buf, b.read1(1), b.read(None))
print(b.readable(), b.writable(), b.seekable(), b.closed)
b.close()
for f in (b.read, b.getvalue, lambda: b.write(b"x"), b.tell, b.readable):
    t(f)
with io.BytesIO(b"x") as f:
    print(f.read())
print(isinstance(f, io.BufferedIOBase), isinstance(f, io.IOBase), isinstance(f, io.RawIOBase))
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE)
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))

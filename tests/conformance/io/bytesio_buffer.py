import io
b = io.BytesIO(b"hello\nworld")
v = b.getbuffer()
print(bytes(v[:5]), len(v))
try:
    b.write(b"!!!!!!!!!!!!!!!!")
except BufferError as e:
    print("BufferError", e)
v[0] = ord("J")
del v
print(b.getvalue())
b.seek(0, 2); b.write(b"!"); print(b.getvalue())
ba = bytearray(4); b.seek(0); print(b.readinto(ba), ba)
class Sub(io.BytesIO):
    def write(self, data):
        return super().write(data.upper())
s = Sub(); s.write(b"abc"); print(s.getvalue(), isinstance(s, io.BufferedIOBase), isinstance(s, io.IOBase))
print(io.BytesIO(b"a\nb\nc").readlines(2))
st = io.BytesIO(b"xyz"); st.read(1); print(st.__getstate__()[:2])
try:
    io.BytesIO("str")
except TypeError as e:
    print("TypeError", e)
print(io.BytesIO(memoryview(b"mv")).read())

# Instances of StringIO/BytesIO/RawIOBase subclasses dying unclosed are closed (iobase_finalize): the
# subclass's close() runs once, errors in it are dropped, an object it resurrects stays alive.
import io
class S(io.StringIO):
    def close(self):
        print("close called", self.getvalue())
        super().close()
s = S("x")
del s
class B(io.BytesIO):
    def close(self):
        print("bclose")
        super().close()
b = B()
b = None
class R(io.RawIOBase):
    def close(self):
        print("raw close")
        super().close()
r = R()
del r
print("end")
class Closed(io.StringIO):
    def close(self):
        print("closed again?")
c = Closed()
io.StringIO.close(c)
del c
class Bad(io.BytesIO):
    def close(self):
        raise ValueError("boom")
bad = Bad()
del bad
class Res(io.StringIO):
    def close(self):
        global keep
        keep = self
        print("resurrect")
        super().close()
x = Res()
del x
print(keep.closed)
print("done")

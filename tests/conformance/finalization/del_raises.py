import sys
# an exception in __del__ is reported as unraisable and execution continues
class Bad:
    def __del__(self):
        raise ValueError("from __del__")
b = Bad()
del b
print("continues after unraisable")

# the unraisable hook receives it
seen = []
def hook(u):
    seen.append((u.exc_type.__name__, str(u.exc_value), u.object.__qualname__ if hasattr(u.object, "__qualname__") else type(u.object).__name__))
sys.unraisablehook = hook
b = Bad()
b = None
print(seen)
sys.unraisablehook = sys.__unraisablehook__

# a __del__ that raises does not stop release of other objects
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
        if self.name == "bad":
            raise KeyError(self.name)
l = [T("first"), T("bad"), T("last")]
l = None
print("after list")

# exceptions raised in __del__ do not replace the current exception
try:
    try:
        raise TypeError("outer")
    finally:
        x = Bad()
        del x
except TypeError as e:
    print("still", repr(e))

# the report goes to stderr: its last line
class Reported:
    def __del__(self):
        raise RuntimeError("reported at the end")
r = Reported()
del r
print("done")

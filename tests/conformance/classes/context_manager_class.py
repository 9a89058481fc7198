# context manager classes: return values of __enter__, exception info, reuse and nesting
class Resource:
    def __init__(self, name, swallow=()):
        self.name = name
        self.swallow = swallow
        self.open = False
    def __enter__(self):
        self.open = True
        print("open", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        self.open = False
        print("close", self.name, exc_type.__name__ if exc_type else None)
        return exc_type is not None and issubclass(exc_type, self.swallow)
with Resource("a") as r:
    print("inside, open =", r.open)
print("after, open =", r.open)
with Resource("b", swallow=(KeyError,)):
    raise KeyError("swallowed")
try:
    with Resource("c", swallow=(KeyError,)):
        raise ValueError("not swallowed")
except ValueError as e:
    print("propagated", e)
# reentrant use
res = Resource("d")
with res:
    with res:
        print("nested same object")
# __enter__ returning something else
class Wrapper:
    def __enter__(self):
        return "wrapped value"
    def __exit__(self, *a):
        return None
with Wrapper() as w:
    print(w)
# __exit__ receives the exception instance and traceback
class Inspect:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print(t.__name__, repr(v), tb.tb_frame.f_code.co_name, v.__traceback__ is tb)
        return True
def func():
    with Inspect():
        raise IndexError(5)
func()
# a generator-based manager written by hand
class Managed:
    def __init__(self):
        self.gen = self._gen()
    def _gen(self):
        print("setup")
        try:
            yield "resource"
        finally:
            print("teardown")
    def __enter__(self):
        return next(self.gen)
    def __exit__(self, *a):
        self.gen.close()
with Managed() as m:
    print("using", m)
# exceptions in __exit__ replace the original
class Raises:
    def __enter__(self): return self
    def __exit__(self, *a):
        raise RuntimeError("exit failed")
try:
    with Raises():
        raise ValueError("original")
except RuntimeError as e:
    print(e, "context:", repr(e.__context__))
# return and break inside with call __exit__ once
def early():
    with Resource("e"):
        return "returned"
print(early())
for i in range(3):
    with Resource(f"loop{i}"):
        if i == 1:
            break

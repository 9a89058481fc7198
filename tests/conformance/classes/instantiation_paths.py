# Class calls: Python __init__ with every parameter kind, builtin __new__ (exceptions, int, dict subclasses), __new__ returning other objects, __init__ returning non-None, abstract classes
class A:
    def __init__(self, x, y=2, *rest, k=3, **kw):
        self.v = (x, y, rest, k, kw)
print(A(1).v, A(1, 5, 6, k=7, z=8).v)
try: A()
except TypeError as e: print(e)
class E(Exception):
    def __init__(self, code, detail=""):
        super().__init__(code, detail)
        self.code = code
e = E(5, detail="d")
print(repr(e), e.args, e.code)
class E2(E):
    def __init__(self, code):
        super().__init__(code, "x")
print(repr(E2(3)), E2(3).args)
class I(int):
    def __init__(self, v):
        self.extra = v * 2
i = I(21); print(i, i.extra)
class D(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k); self.made = True
d = D(a=1); print(d, d.made)
class Other:
    def __new__(cls, *a):
        return 42
    def __init__(self, *a):
        print("never")
print(Other(1))
class WeirdNew(Exception):
    def __new__(cls, *a):
        return ValueError("swapped")
    def __init__(self, *a):
        print("never2")
print(repr(WeirdNew(1)))
class BadInit:
    def __init__(self):
        return 5
try: BadInit()
except TypeError as e: print(e)
from abc import ABC, abstractmethod
class Abs(ABC):
    @abstractmethod
    def f(self): pass
    def __init__(self): pass
try: Abs()
except TypeError as e: print(e)
class Gen:
    def __init__(self):
        yield 1
try: Gen()
except TypeError as e: print(e)
class KW(Exception):
    def __init__(self, **kw): self.kw = kw
try:
    KW(a=1)
except TypeError as e: print("KW", e)
class NoArgs:
    pass
try: NoArgs(1)
except TypeError as e: print(e)

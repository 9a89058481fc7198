# Class calls whose __init__ binds the instance somewhere other than its first local:
# *args, a closure cell, decorators that forward *args/**kwargs.

calls = []


def track(f):
    def wrapper(*args, **kwargs):
        calls.append((f.__name__, len(args), sorted(kwargs)))
        return f(*args, **kwargs)
    return wrapper


class StarOnly:
    def __init__(*args):
        args[0].n = len(args)


class Captured:
    def __init__(self, x):
        def get():
            return self, x
        self.get = get


class Decorated:
    @track
    def __init__(self, a, b=2, *, c=3):
        self.total = a + b + c


class KwOnly:
    def __init__(self, **kw):
        self.kw = kw


class WithNew:
    def __new__(cls, *args):
        return super().__new__(cls)

    @track
    def __init__(self, *args):
        self.args = args


class Base(Exception):
    @track
    def __init__(self, *args):
        super().__init__(*args)


s = StarOnly()
print(type(s).__name__, s.n)
c = Captured(5)
obj, x = c.get()
print(type(c).__name__, obj is c, x)
d = Decorated(1, c=10)
print(type(d).__name__, d.total)
k = KwOnly(a=1, b=2)
print(type(k).__name__, k.kw)
w = WithNew(1, 2)
print(type(w).__name__, w.args)
e = Base("boom", 1)
print(type(e).__name__, e.args)
print(calls)


class ReturnsValue:
    def __init__(*args):
        return 5


try:
    ReturnsValue()
except TypeError as exc:
    print(type(exc).__name__, exc)

def trace(fn):
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, args, kwargs)
        return fn(*args, **kwargs)
    return wrapper
@trace
def add(a, b):
    return a + b
print(add(1, b=2))
def tag(name):
    def deco(fn):
        fn.tag = name
        return fn
    return deco
@tag("x")
@trace
def mul(a, b):
    return a * b
print(mul(3, 4), mul.tag)
order = []
def d1(f):
    order.append("d1")
    return f
def d2(f):
    order.append("d2")
    return f
@d1
@d2
def g():
    pass
print(order)
class Cls:
    @staticmethod
    def s(x):
        return x * 2
    @classmethod
    def c(cls, x):
        return cls.__name__, x
    @property
    def p(self):
        return "prop"
print(Cls.s(2), Cls().s(3), Cls.c(1), Cls().c(2), Cls().p)

# The numbers module: the ABC tower, registrations, abstract methods and derived operations.
import numbers
from numbers import Number, Complex, Real, Rational, Integral

print(numbers.__all__)
tower = [Number, Complex, Real, Rational, Integral]
for cls in tower:
    print(cls.__name__, cls.__module__, [b.__name__ for b in cls.__mro__])
    print("  abstract:", sorted(cls.__abstractmethods__))
    print("  slots:", cls.__slots__, "hash:", cls.__hash__)

values = [0, 1, -5, True, False, 1.5, float("nan"), 2j, 1 + 0j, "1", None, [], b"x"]
for v in values:
    print(repr(v), [cls.__name__ for cls in tower if isinstance(v, cls)])
for t in [int, bool, float, complex, str, object, type(None)]:
    print(t.__name__, [cls.__name__ for cls in tower if issubclass(t, cls)])

print(issubclass(Integral, Number), issubclass(Number, Integral), issubclass(Real, Complex))

for cls in tower:
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)


# A complete Real built on a float, using the derived operations the ABCs supply.
class MyReal(Real):
    def __init__(self, v):
        self.v = float(v)
    def __repr__(self): return "MyReal(%r)" % self.v
    def __float__(self): return self.v
    def __trunc__(self): return int(self.v)
    def __floor__(self): return int(self.v // 1)
    def __ceil__(self): return -int(-self.v // 1)
    def __round__(self, ndigits=None): return round(self.v, ndigits)
    def __floordiv__(self, o): return MyReal(self.v // float(o))
    def __rfloordiv__(self, o): return MyReal(float(o) // self.v)
    def __mod__(self, o): return MyReal(self.v % float(o))
    def __rmod__(self, o): return MyReal(float(o) % self.v)
    def __lt__(self, o): return self.v < float(o)
    def __le__(self, o): return self.v <= float(o)
    def __add__(self, o): return MyReal(self.v + float(o))
    def __radd__(self, o): return MyReal(float(o) + self.v)
    def __neg__(self): return MyReal(-self.v)
    def __pos__(self): return MyReal(self.v)
    def __mul__(self, o): return MyReal(self.v * float(o))
    def __rmul__(self, o): return MyReal(float(o) * self.v)
    def __truediv__(self, o): return MyReal(self.v / float(o))
    def __rtruediv__(self, o): return MyReal(float(o) / self.v)
    def __pow__(self, o): return MyReal(self.v ** float(o))
    def __rpow__(self, o): return MyReal(float(o) ** self.v)
    def __abs__(self): return MyReal(abs(self.v))
    def __eq__(self, o): return self.v == float(o)

r = MyReal(7.5)
print(r, r.real, r.imag, r.conjugate(), complex(r))
print(r - 2, 10 - r, divmod(r, 2), divmod(20, r))
print(bool(r), bool(MyReal(0)), r == 7.5, r.__hash__)
print(isinstance(r, Complex), isinstance(r, Rational))


class MyRational(Rational):
    def __init__(self, n, d):
        self.n, self.d = n, d
    numerator = property(lambda self: self.n)
    denominator = property(lambda self: self.d)
for name in Rational.__abstractmethods__:
    if name not in ("numerator", "denominator"):
        setattr(MyRational, name, lambda self, *a: NotImplemented)
MyRational.__abstractmethods__ = frozenset()
q = MyRational(10**400 + 1, 3 * 10**399)
print(float(q), float(MyRational(1, 3)))


class MyInt(Integral):
    def __init__(self, v): self.v = v
    def __int__(self): return self.v
    def __pos__(self): return MyInt(self.v)
    def __repr__(self): return "MyInt(%d)" % self.v
for name in Integral.__abstractmethods__:
    if not hasattr(MyInt, name) or getattr(MyInt, name) is getattr(Integral, name, None):
        if name not in ("__int__", "__pos__"):
            setattr(MyInt, name, lambda self, *a: NotImplemented)
MyInt.__abstractmethods__ = frozenset()
m = MyInt(6)
print(m.numerator, m.denominator, float(m), [10, 20, 30, 40, 50, 60, 70][m], m.__index__())
print(hex(m), range(10)[m])


class Partial(Integral):
    def __int__(self): return 3
try:
    Partial()
except TypeError as e:
    print("TypeError:", str(e)[:60])

# Registering a virtual subclass.
class Virtual:
    pass
Rational.register(Virtual)
print(isinstance(Virtual(), Real), isinstance(Virtual(), Integral), issubclass(Virtual, Number))
print(Integral.__float__.__name__, Real.real.__doc__ is not None)

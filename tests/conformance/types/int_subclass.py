from _check import check
class I(int):
    pass
class J(int):
    def __add__(self, other):
        return "J.__add__"
    def __radd__(self, other):
        return "J.__radd__"
i = I(5)
check("value and type", lambda: (i, type(i).__name__, repr(i), str(i)))
check("arith returns int", lambda: [type(x).__name__ for x in (i + 1, i - 1, i * 2, i // 2, i % 2, -i, +i, abs(i), ~i, i ** 2, i << 1, i >> 1, i & 1, i | 1, i ^ 1)])
check("truediv", lambda: type(i / 2).__name__)
check("methods return int", lambda: [type(x).__name__ for x in (i.real, i.numerator, i.conjugate(), i.__index__(), int(i), i.__int__(), i.__trunc__(), round(i))])
check("denominator/imag", lambda: (i.denominator, i.imag))
check("hash equal", lambda: hash(i) == hash(5))
check("dict key", lambda: {5: "five"}[i])
check("eq", lambda: (i == 5, i == 5.0, i != 6))
check("format", lambda: (format(i, "03d"), f"{i:x}", "%d" % i))
check("bool", lambda: (bool(I(0)), bool(i)))
check("reflected subclass first", lambda: 1 + J(2))
check("subclass overriding", lambda: J(2) + 1)
check("int.__add__ on subclass", lambda: int.__add__(J(2), 1))
check("subclass attrs", lambda: (setattr(i, "tag", "t"), i.tag)[1])
check("subclass __dict__", lambda: i.__dict__)
class WithNew(int):
    def __new__(cls, v, extra):
        obj = super().__new__(cls, v * 2)
        obj.extra = extra
        return obj
w = WithNew(21, "x")
check("custom __new__", lambda: (w, w.extra))
check("int(subclass)", lambda: (type(int(w)).__name__, int(w)))
class Neg(int):
    def __neg__(self):
        return "negated"
check("overridden unary", lambda: -Neg(3))
class Cmp(int):
    def __lt__(self, other):
        return "custom lt"
check("overridden compare", lambda: Cmp(1) < 2)
check("reflected compare", lambda: 2 > Cmp(1))
check("sorted uses overridden", lambda: sorted([Cmp(2), Cmp(1)]))
class Idx(int):
    def __index__(self):
        return 99
check("__index__ ignored for int subclass in slicing", lambda: [0, 1, 2, 3][Idx(1)])
check("range with subclass", lambda: list(range(Idx(3))))
check("hex of subclass", lambda: hex(Idx(10)))
class Str(int):
    def __str__(self):
        return "custom str"
    def __repr__(self):
        return "custom repr"
check("str/repr overridden", lambda: (str(Str(1)), repr(Str(1)), f"{Str(1)}", "%s %r %d" % (Str(1), Str(1), Str(1))))
check("pickle-ish", lambda: I(3).__reduce_ex__(2)[1][0].__name__ if hasattr(I(3), "__reduce_ex__") else None)
check("bool subclassing forbidden", lambda: type("B", (bool,), {}))
check("int subclass of subclass", lambda: type(type("K", (I,), {})(4) + 0).__name__)
check("isinstance", lambda: (isinstance(i, int), issubclass(I, int), I.__mro__))
check("big value", lambda: I(2**100) + 1)
check("from string", lambda: I("ff", 16))
check("I() default", lambda: I())

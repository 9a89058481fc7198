def t(label, f):
    try:
        r = f()
        print(label, type(r).__name__, repr(r))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

for s in ["0", "-0", "+12", "  42  ", "\t\n7\r", "1_000_000", "1__0", "_1", "1_", "0x10", "12a", "", " ", "+", "-", "١٢٣", "1\u00a0", "\u20031", "\x1c1", "0001", "1 2", "٣_٤", "9" * 30]:
    t(f"int({s!r})", lambda: int(s))
for s, b in [("ff", 16), ("FF", 16), ("0xff", 16), ("0xff", 0), ("0o17", 0), ("0b101", 0), ("0B101", 0), ("0b101", 2), ("0b101", 16),
             ("z", 36), ("Z", 36), ("10", 2), ("2", 2), ("0x_1f", 0), ("0x_1f", 16), ("_1f", 16), ("010", 0), ("00", 0), ("0_0", 0),
             ("0_7", 0), ("-0b101", 0), ("  -0x1F  ", 0), ("1", 1), ("1", 37), ("1", -1), ("0x", 16), ("0x", 0), ("0b2", 0),
             ("zz" * 20, 36), ("1" * 100, 2), ("7" * 50, 8), ("abc" * 20, 16), ("1", 10**30)]:
    t(f"int({s!r}, {b})", lambda: int(s, b))
t("int()", lambda: int())
t("int(5, 10)", lambda: int(5, 10))
t("int(base=10)", lambda: int(base=10))
t("int(x=5)", lambda: int(x=5))
t("int('5', base=8)", lambda: int("5", base=8))
t("int('5', 8, 3)", lambda: int("5", 8, 3))
t("int('12', base=2.0)", lambda: int("12", base=2.0))
t("int(b'12')", lambda: int(b"12"))
t("int(b' -12 ')", lambda: int(b" -12 "))
t("int(bytearray(b'12'), 16)", lambda: int(bytearray(b"12"), 16))
t("int(b'1x')", lambda: int(b"1x"))
t("int(b'\\xff')", lambda: int(b"\xff"))
t("int('1x'*200)", lambda: int("1x" * 200))
t("int([])", lambda: int([]))
t("int(None)", lambda: int(None))
t("int(3.99)", lambda: int(3.99))
t("int(-3.99)", lambda: int(-3.99))
t("int(1e20)", lambda: int(1e20))
t("int(1e300)", lambda: int(1e300))
t("int(-0.0)", lambda: int(-0.0))
t("int(nan)", lambda: int(float("nan")))
t("int(inf)", lambda: int(float("inf")))
t("int(-inf)", lambda: int(float("-inf")))
t("int('9'*5000)", lambda: int("9" * 5000))
t("int('1'*4300)", lambda: len(str(int("1" * 4300))))
t("str(10**5000)", lambda: str(10**5000))
t("repr(-10**5000)", lambda: repr(-(10**5000)))
t("hex(10**5000)", lambda: len(hex(10**5000)))
t("int bin", lambda: int("0b" + "1" * 20000, 0).bit_length())
t("int(1+2j)", lambda: int(1 + 2j))

class WithInt:
    def __int__(self):
        return 42

class WithIndex:
    def __index__(self):
        return 7

class WithTrunc:
    def __trunc__(self):
        return 9

class BadInt:
    def __int__(self):
        return "x"

class TruncFloat:
    def __trunc__(self):
        return 1.5

class TruncIndex:
    def __trunc__(self):
        return WithIndex()

class IntSub(int):
    pass

class ReturnsSub:
    def __int__(self):
        return IntSub(3)

t("int(WithInt())", lambda: int(WithInt()))
t("int(WithIndex())", lambda: int(WithIndex()))
t("int(BadInt())", lambda: int(BadInt()))

class Base(int):
    def __new__(cls, v, extra=0):
        o = super().__new__(cls, v)
        o.extra = extra
        return o
    def __repr__(self):
        return f"Base({int(self)}, {self.extra})"

b = Base(5, extra=3)
t("Base", lambda: b)
t("Base+1", lambda: b + 1)
t("type(Base+1)", lambda: type(b + 1).__name__)
t("Base == 5", lambda: b == 5)
t("hash(Base)", lambda: hash(b) == hash(5))
t("int(Base)", lambda: int(b))
t("type int(Base)", lambda: type(int(b)).__name__)
t("str(Base)", lambda: str(b))
t("format(Base)", lambda: format(b))
t("format(Base, 'd')", lambda: format(b, "d"))
t("f-string", lambda: f"{b} {b!r} {b:5}")
t("Base.extra", lambda: b.extra)
t("IntSub('12', 16)", lambda: IntSub("12", 16))
t("type(IntSub('12', 16))", lambda: type(IntSub("12", 16)).__name__)
t("IntSub() + IntSub(2)", lambda: IntSub() + IntSub(2))
t("-IntSub(2)", lambda: -IntSub(2))
t("type(-IntSub(2))", lambda: type(-IntSub(2)).__name__)
t("IntSub(7).real", lambda: type(IntSub(7).real).__name__)
t("IntSub(7).bit_length()", lambda: IntSub(7).bit_length())
t("int.__new__(IntSub, 4)", lambda: type(int.__new__(IntSub, 4)).__name__)
t("int.__new__(bool, 4)", lambda: int.__new__(bool, 4))
t("int.__new__(str, 4)", lambda: int.__new__(str, 4))

class Overrides(int):
    def __add__(self, other):
        return "add"
    def __radd__(self, other):
        return "radd"
    def __eq__(self, other):
        return "eq"
    __hash__ = int.__hash__

o = Overrides(1)
t("o + 1", lambda: o + 1)
t("1 + o", lambda: 1 + o)
t("1 == o", lambda: 1 == o)
t("o * 2", lambda: o * 2)
t("isinstance bool", lambda: isinstance(o * 2, Overrides))

try:
    class B2(bool):
        pass
except TypeError as e:
    print("subclass bool:", e)

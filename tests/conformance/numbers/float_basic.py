def t(label, f):
    try:
        r = f()
        print(label, type(r).__name__, repr(r))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

inf = float("inf")
nan = float("nan")
# repr / str
for v in [0.0, -0.0, 1.0, -1.5, 0.1, 1/3, 2/3, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5, 0.0001234, 1e22, 1e23, 5e-324,
          1.7976931348623157e308, 2.2250738585072014e-308, inf, -inf, nan, 100.0, 9007199254740993.0, 0.3, 1.1 * 3, 4.35, 2.675]:
    print(repr(v), str(v), v.__repr__())

# float(): strings and numbers
for s in ["1.5", "  -2.5e3 ", "1_000.5", "1__0", "_1", "1_", "1._5", "1e1_0", "inf", "-Infinity", "+nan", "NaN", "-nan", "infi", "0x10", "", "  ",
          "1.e5", ".e5", ".5", "5.", "1\x00", "١٢.٥", "1\u00a0", "\x851", "\x1c1", "1e400", "-1e400", "1e-400", "0.1e-330", "4.9e-324", "2.4e-324", "2.5e-324",
          "179769313486231580793728971405301e276", "123456789012345678901234567890", "0.1234567890123456789012345678901", "1E5", "1e+5", "1e", "e5", "--1", "+-1", "1..2"]:
    t(f"float({s!r})", lambda: float(s))
t("float()", lambda: float())
t("float(b'1.5')", lambda: float(b"1.5"))
t("float(bytearray(b' 2.5 '))", lambda: float(bytearray(b" 2.5 ")))
t("float(b'x')", lambda: float(b"x"))
t("float([])", lambda: float([]))
t("float(None)", lambda: float(None))
t("float(x=1)", lambda: float(x=1))
t("float(1, 2)", lambda: float(1, 2))
t("float(10**400)", lambda: float(10**400))
t("float(2**1024 - 2**970)", lambda: float(2**1024 - 2**970))
t("float(2**1024 - 2**971)", lambda: float(2**1024 - 2**971))
t("float(2**53 + 1)", lambda: float(2**53 + 1))
t("float(2**53 + 3)", lambda: float(2**53 + 3))
t("float(-(2**80) - 1)", lambda: float(-(2**80) - 1))
t("float(True)", lambda: float(True))
t("float(1j)", lambda: float(1j))

class F:
    def __float__(self):
        return 2.5
class FI:
    def __index__(self):
        return 3
class FBad:
    def __float__(self):
        return 1
class FSub(float):
    pass
class FRetSub:
    def __float__(self):
        return FSub(1.25)
t("float(F())", lambda: float(F()))
t("float(FI())", lambda: float(FI()))
t("float(FBad())", lambda: float(FBad()))
t("FSub(3)", lambda: FSub(3))
t("type(FSub(3))", lambda: type(FSub(3)).__name__)
t("FSub('2.5') + 1", lambda: FSub("2.5") + 1)
t("type(FSub(2)+1)", lambda: type(FSub(2) + 1).__name__)
t("-FSub(2)", lambda: -FSub(2))
t("type(+FSub(2))", lambda: type(+FSub(2)).__name__)
t("FSub(2).real", lambda: type(FSub(2).real).__name__)
t("FSub.fromhex('0x1p1')", lambda: (FSub.fromhex("0x1p1"), type(FSub.fromhex("0x1p1")).__name__))
x = 1.5
t("float(x) is x", lambda: float(x) is x)

# arithmetic
for a in [1.5, -2.25, 0.0, -0.0, 1e308, inf, -inf, nan]:
    for b in [2.0, -0.5, 3, -(2**70), True, inf, nan, 0.0]:
        t(f"{a}+{b}", lambda: a + b)
        t(f"{a}-{b}", lambda: a - b)
        t(f"{a}*{b}", lambda: a * b)
        t(f"{a}/{b}", lambda: a / b)
        t(f"{a}//{b}", lambda: a // b)
        t(f"{a}%{b}", lambda: a % b)
        t(f"divmod({a},{b})", lambda: divmod(a, b))
        t(f"{a}**{b}", lambda: a ** b)
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-7.5, -2), (1e-300, 1e300), (5, 0.1), (1, 0.1), (-1, 0.1), (0.0, -3.0), (-0.0, 3.0), (3.0, float("inf")), (-3.0, float("inf"))]:
    t(f"{a}//{b}", lambda: a // b)
    t(f"{a}%{b}", lambda: a % b)
    t(f"divmod({a},{b})", lambda: divmod(a, b))

# pow special cases
for a in [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, inf, -inf, nan]:
    for b in [0.0, -0.0, 1.0, 2.0, 3.0, -1.0, -2.0, -3.0, 0.5, -0.5, inf, -inf, nan, 1e300, -1e300]:
        t(f"{a}**{b}", lambda: a ** b)
t("10.0**400", lambda: 10.0 ** 400)
t("(-10.0)**401", lambda: (-10.0) ** 401)
t("10.0**-400", lambda: 10.0 ** -400)
t("(-8.0)**(1/3)", lambda: (-8.0) ** (1 / 3))
t("(-1.0)**0.5", lambda: (-1.0) ** 0.5)
t("pow(2.0, 3, 5)", lambda: pow(2.0, 3, 5))
t("pow(2, 3, 5.0)", lambda: pow(2, 3, 5.0))
t("pow(2.0, 0.5)", lambda: pow(2.0, 0.5))
t("(-2.0)**(10**20)", lambda: (-2.0) ** (10**20))
t("(-1.0)**(10**20+1)", lambda: (-1.0) ** (10**20 + 1))
t("1.1**2", lambda: 1.1 ** 2)
t("1.1**10", lambda: 1.1 ** 10)
t("2.0**0.1", lambda: 2.0 ** 0.1)
t("3.7**2.9", lambda: 3.7 ** 2.9)
t("0.5**1074", lambda: 0.5 ** 1074)
t("0.5**1075", lambda: 0.5 ** 1075)

# comparisons with ints (exact)
for a in [1.0, 1.5, -0.0, 2.0**53, 2.0**63, 1e300, inf, nan]:
    for b in [1, 0, 2**53 + 1, 2**63, 2**63 - 1, 10**300, -(10**400), True]:
        t(f"{a}<{b}", lambda: a < b)
        t(f"{a}=={b}", lambda: a == b)
        t(f"{a}>={b}", lambda: a >= b)
t("nan == nan", lambda: nan == nan)
t("nan != nan", lambda: nan != nan)
t("1.0 < 'a'", lambda: 1.0 < "a")
t("1.0 == 'a'", lambda: 1.0 == "a")
t("1.5 + 'a'", lambda: 1.5 + "a")
t("1.5 & 1", lambda: 1.5 & 1)
t("1.5 << 1", lambda: 1.5 << 1)
t("-1.5", lambda: -(1.5))
t("abs(-0.0)", lambda: abs(-0.0))
t("~1.5", lambda: ~1.5)

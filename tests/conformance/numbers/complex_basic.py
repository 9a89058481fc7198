def t(label, f):
    try:
        r = f()
        print(label, type(r).__name__, repr(r))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

inf = float("inf")
nan = float("nan")
# construction
for args in [(), (1,), (1, 2), (1.5, -2.5), (True, False), (2**70,), (1j,), (1j, 1j), (1 + 2j, 3 + 4j), (0.0, -0.0), (-0.0,), (inf, nan), (10**400,), ("1+2j",), ("1", 2), (1, "2"), ([],), (1, []), (None,)]:
    t(f"complex{args!r}", lambda: complex(*args))
t("complex(real=1, imag=2)", lambda: complex(real=1, imag=2))
t("complex(imag=2)", lambda: complex(imag=2))
t("complex(1, 2, 3)", lambda: complex(1, 2, 3))
t("complex(x=1)", lambda: complex(x=1))
for s in ["1+2j", " ( 1.5-2.5J ) ", "j", "-j", "+J", "1j", "-1.5e3j", "3", "inf+nanj", "-infj", "1+j", "1-j", "1e400+1j", "1_000+2_0j", "(1+2j", "1+2j)", "1+2", "j1", "1 + 2j", "", "  ", "1+2jj", "nan", "1e1_0j", "١+٢j", "\u00a01+2j\u00a0", "0x1+1j", "1e+1-1e-1j", ".5j", "5.j", "+.5-.5j"]:
    t(f"complex({s!r})", lambda: complex(s))

class C:
    def __complex__(self):
        return 3 + 4j
class CBad:
    def __complex__(self):
        return 5
class CF:
    def __float__(self):
        return 2.5
class CI:
    def __index__(self):
        return 7
class CSub(complex):
    def __repr__(self):
        return "CSub" + super().__repr__()
t("complex(C())", lambda: complex(C()))
t("complex(C(), 1)", lambda: complex(C(), 1))
t("complex(CBad())", lambda: complex(CBad()))
t("complex(CF())", lambda: complex(CF()))
t("complex(CI())", lambda: complex(CI()))
t("complex(1, CF())", lambda: complex(1, CF()))
t("CSub(1, 2)", lambda: CSub(1, 2))
t("type(CSub(1, 2) + 1)", lambda: type(CSub(1, 2) + 1).__name__)
t("complex(CSub(1, 2))", lambda: complex(CSub(1, 2)))
t("type(complex(CSub(1, 2)))", lambda: type(complex(CSub(1, 2))).__name__)
t("CSub('3+4j')", lambda: CSub("3+4j"))
z = 1 + 2j
t("complex(z) is z", lambda: complex(z) is z)

# repr / str
for v in [0j, -0j, complex(0.0, -0.0), complex(-0.0, 0.0), complex(-0.0, -0.0), 1j, -1j, 1 + 1j, 1.5 - 2.5j, 1e20j, 1e16 + 1e-16j, complex(inf, nan), complex(nan, -inf), complex(1, nan), 123456789.123 + 0.000001j, 2j * 1e300]:
    print(repr(v), str(v), v.real, v.imag)

# arithmetic
vals = [0j, 1 + 2j, -3.5 + 0.5j, 1e300 + 1e300j, complex(inf, 0), complex(nan, 1), 2, 2.5, True]
t("1j + 2**70", lambda: 1j + 2**70)
t("1j * 2**70", lambda: 1j * 2**70)
t("1j == 2**70", lambda: 1j == 2**70)
for a in vals:
    for b in vals:
        t(f"{a!r}+{b!r}", lambda: a + b)
        t(f"{a!r}-{b!r}", lambda: a - b)
        t(f"{a!r}*{b!r}", lambda: a * b)
        t(f"{a!r}/{b!r}", lambda: a / b)
        t(f"{a!r}**{b!r}", lambda: a ** b)
        t(f"{a!r}=={b!r}", lambda: a == b)
        t(f"{a!r}!={b!r}", lambda: a != b)
for a, b in [(1j, 2), (2 + 3j, 0.5), (-1, 0.5), (1j, 1j), (0j, 0), (0j, -1), (0j, 1j), (0j, 2), (1e200j, 2), (1e200 + 1e200j, 2), (-8 + 0j, 1 / 3), (2 + 0j, 100), (2 + 0j, 101), (1 + 1j, -3), (1.5 + 0j, 0.5)]:
    t(f"{a!r}**{b!r}", lambda: a ** b)
t("pow(1j, 2, 3)", lambda: pow(1j, 2, 3))
t("pow(2, 3, 1j)", lambda: pow(2, 3, 1j))
t("1j % 1", lambda: 1j % 1)
t("1j // 1", lambda: 1j // 1)
t("divmod(1j, 1)", lambda: divmod(1j, 1))
t("1j < 2j", lambda: 1j < 2j)
t("1j >= 1", lambda: 1j >= 1)
t("1j + 'a'", lambda: 1j + "a")
t("'a' * 1j", lambda: "a" * 1j)
t("1j & 1", lambda: 1j & 1)
t("-(1+2j)", lambda: -(1 + 2j))
t("+(1+2j)", lambda: +(1 + 2j))
t("abs(3+4j)", lambda: abs(3 + 4j))
t("abs(1e308+1e308j)", lambda: abs(1e308 + 1e308j))
t("abs(inf+nanj)", lambda: abs(complex(inf, nan)))
t("abs(nan+1j)", lambda: abs(complex(nan, 1)))
t("bool(0j)", lambda: bool(0j))
t("bool(-0j)", lambda: bool(complex(-0.0, -0.0)))
t("bool(1e-300j)", lambda: bool(1e-300j))
t("(1+2j).conjugate()", lambda: (1 + 2j).conjugate())
t("(1+2j).__getnewargs__()", lambda: (1 + 2j).__getnewargs__())
t("(1+2j).__complex__()", lambda: (1 + 2j).__complex__())
t("1 == 1+0j", lambda: 1 == 1 + 0j)
t("2**53+1 == complex(2**53)", lambda: 2**53 + 1 == complex(2**53))
t("1.5 == 1.5+0j", lambda: 1.5 == 1.5 + 0j)
t("(1+0j) == True", lambda: (1 + 0j) == True)
t("1j == 'a'", lambda: 1j == "a")
t("(1+2j).__lt__(1)", lambda: (1 + 2j).__lt__(1))
t("(1+2j).__add__('a')", lambda: (1 + 2j).__add__("a"))
t("(1+2j).__radd__(1)", lambda: (1 + 2j).__radd__(1))
t("(1+2j).__rsub__(1)", lambda: (1 + 2j).__rsub__(1))
t("(1+2j).__rtruediv__(1)", lambda: (1 + 2j).__rtruediv__(1))
t("(1+2j).__rpow__(2)", lambda: (1 + 2j).__rpow__(2))
t("(1+2j).__truediv__(0)", lambda: (1 + 2j).__truediv__(0))
t("(1+2j) + 10**400", lambda: (1 + 2j) + 10**400)
t("hash(1+0j) == hash(1)", lambda: hash(1 + 0j) == hash(1))
for v in [0j, 1j, 1 + 2j, -1.5 - 2.5j, complex(1e300, -1e-300), complex(inf, 0), complex(0, -inf), 2**61 + 0j]:
    t(f"hash({v!r})", lambda: hash(v))
t("dir", lambda: sorted(n for n in dir(complex) if not n.startswith("_")))

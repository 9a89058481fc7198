def t(label, f):
    try:
        r = f()
        print(label, type(r).__name__, repr(r))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

inf = float("inf")
nan = float("nan")
vals = [0.0, -0.0, 1.0, -1.5, 0.1, 2.5, 3.5, -2.5, 1e16, 1e300, 5e-324, 1.7976931348623157e308, 123.456, -0.75, 2.0**52 + 0.5, inf, -inf, nan]
for v in vals:
    t(f"is_integer {v}", lambda: v.is_integer())
    t(f"as_integer_ratio {v}", lambda: v.as_integer_ratio())
    t(f"hex {v}", lambda: v.hex())
    t(f"fromhex(hex) {v}", lambda: float.fromhex(v.hex()))
    t(f"int {v}", lambda: int(v))
    t(f"trunc {v}", lambda: v.__trunc__())
    t(f"floor {v}", lambda: v.__floor__())
    t(f"ceil {v}", lambda: v.__ceil__())
    t(f"round {v}", lambda: round(v))
    t(f"hash {v}", lambda: hash(v) if v == v else "nan")
    t(f"conjugate {v}", lambda: v.conjugate())
    t(f"real {v}", lambda: v.real)
    t(f"imag {v}", lambda: v.imag)
    t(f"getnewargs {v}", lambda: v.__getnewargs__())
    t(f"bool {v}", lambda: bool(v))

for s in ["0x1.8p1", "0X1.8P+1", "-0x1p-1074", "0x1p-1075", "0x1.8p-1074", "0x1p-1076", "0x3p-1076", "0x1.fffffffffffff8p1023", "0x1.fffffffffffffp1023",
          "0x1p1024", "1", "a", "0x.8", "0x8.", "0x", ".", "  0x1p0  ", "inf", "-infinity", "nan", "0x1p", "0x1pa", "0xg", "0x1.0000000000000800p0",
          "0x1.0000000000001800p0", "0x1.00000000000008001p0", "0x0p99999999999999", "0x1p-99999999999999", "0x1p99999999999999", "1p1", "0x1_0", "+0x.1p4"]:
    t(f"fromhex({s!r})", lambda: float.fromhex(s))

for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 4503599627370497.0, 1e300, -1e300]:
    t(f"round({v})", lambda: round(v))
for v, n in [(2.675, 2), (2.665, 2), (1.005, 2), (0.125, 2), (0.375, 2), (1.5, 0), (2.5, 0), (-2.5, 0), (1234.5678, -2), (1250.0, -2), (1350.0, -2),
             (5e-324, 323), (5e-324, 400), (1.7976931348623157e308, -308), (1.7976931348623157e308, -307), (1e300, -400), (-1e-300, 400), (0.5, -1), (-0.5, 0),
             (123.456, 10**20), (123.456, -(10**20)), (inf, 2), (nan, 2), (-inf, -2), (1e22, -22), (1.23456789e-10, 15), (0.1 + 0.2, 15), (0.1 + 0.2, 16), (0.1 + 0.2, 17)]:
    t(f"round({v}, {n})", lambda: round(v, n))
t("round(1.5, None)", lambda: round(1.5, None))
t("round(1.5, 1.0)", lambda: round(1.5, 1.0))
t("round(nan)", lambda: round(nan))
t("round(inf)", lambda: round(inf))
t("(1.5).__round__(ndigits=1)", lambda: (1.5).__round__(ndigits=1))
t("float.__getformat__('double')", lambda: float.__getformat__("double"))
t("float.__getformat__('float')", lambda: float.__getformat__("float"))
t("float.__getformat__('x')", lambda: float.__getformat__("x"))
t("float.__getformat__(1)", lambda: float.__getformat__(1))
t("float.fromhex(1)", lambda: float.fromhex(1))
t("(1.5).__add__(1)", lambda: (1.5).__add__(1))
t("(1.5).__radd__(1)", lambda: (1.5).__radd__(1))
t("(1.5).__rsub__(1)", lambda: (1.5).__rsub__(1))
t("(1.5).__rtruediv__(3)", lambda: (1.5).__rtruediv__(3))
t("(2.0).__rpow__(3)", lambda: (2.0).__rpow__(3))
t("(2.0).__pow__(3, 5)", lambda: (2.0).__pow__(3, 5))
t("(2.0).__rdivmod__(7)", lambda: (2.0).__rdivmod__(7))
t("(1.5).__eq__(1)", lambda: (1.5).__eq__(1))
t("(1.5).__lt__('a')", lambda: (1.5).__lt__("a"))
t("(1.5).__add__('a')", lambda: (1.5).__add__("a"))
t("(1.0).__add__(10**400)", lambda: (1.0).__add__(10**400))
t("hash(2.0**61)", lambda: hash(2.0**61))
t("hash(-2.0**70)", lambda: hash(-2.0**70))
t("hash(1e300)", lambda: hash(1e300))
t("hash(0.1)", lambda: hash(0.1))
t("hash(-0.1)", lambda: hash(-0.1))
t("hash(1e-300)", lambda: hash(1e-300))
t("hash(inf)", lambda: hash(inf))
t("hash(-inf)", lambda: hash(-inf))
t("hash(1.5) == hash(1.5)", lambda: hash(1.5))
t("hash(3.0) == hash(3)", lambda: hash(3.0) == hash(3))

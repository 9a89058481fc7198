# printf-style formatting: a matrix of flags/width/precision over conversions and values
def t(fmt, args):
    try:
        print(repr(fmt), "->", repr(fmt % args))
    except Exception as e:
        print(repr(fmt), "!", type(e).__name__, e)

ints = [0, 7, -7, 255, -255, 2**64 + 5, -(2**70), True]
floats = [0.0, -0.0, 1.5, -2.25, 0.1, 123456.789, 1e-7, 1e22, 2.5, 0.125, float("inf"), float("-inf"), float("nan")]
for conv in "diuoxX":
    for flags in ["", "-", "+", " ", "#", "0", "-0", "+0", "#0", "-#", " 0"]:
        for wp in ["", "8", ".3", "8.3", "1"]:
            fmt = "%" + flags + wp + conv
            for v in ints:
                t(fmt, v)
for conv in "eEfFgG":
    for flags in ["", "-", "+", " ", "#", "0", "+0", "#0"]:
        for wp in ["", "12", ".0", ".3", "12.3", ".10"]:
            fmt = "%" + flags + wp + conv
            for v in floats:
                t(fmt, v)
for v in [3, 3.99, -3.99, True, 1e20]:
    t("%d", v)
    t("%x", v)
for fmt in ["%s", "%r", "%a", "%10s", "%-10s|", "%.2s", "%10.2r", "%c", "%5c"]:
    for v in ["abc", "é", "\U0001F600", 65, 0x1F600, None, [1, "x"], 1.5]:
        t(fmt, v)
t("%.1s|", "\U0001F600x")
t("\U0001F600%y", 1)
t("%s %", (1,))
t("%(a)", {"a": 1})
t("%.*s", (10**20, "a"))
t("%.*s", (-3, "abc"))
t("%*s|", (-6, "ab"))
t("%-*s|", (3, "abcdef"))
t("%(a)s %(b)d %(a)r", {"a": "x", "b": 2})
t("%(a)s", {"b": 1})
t("%(a)*d", {"a": 1})
t("%s" * 3, ("a", "b", "c"))
t("%%%s%%", "x")
t("%i%%", 5)
t("%u", -5)

class WithIndex:
    def __index__(self):
        return 42
class WithFloat:
    def __float__(self):
        return 2.5
class WithInt:
    def __int__(self):
        return 9
class Str:
    def __str__(self):
        return "S"
    def __repr__(self):
        return "R"
t("%d", WithIndex())
t("%x", WithIndex())
t("%f", WithIndex())
t("%f", WithFloat())
t("%d", WithFloat())
t("%d", WithInt())
t("%x", WithInt())
t("%c", WithIndex())
t("%s %r %a", (Str(), Str(), Str()))

class Color(int):
    def __repr__(self):
        return "<Color.RED: 1>"
    def __str__(self):
        return "Color.RED"
RED = Color(1)
t("%s %d %r %x %f %c", (RED, RED, RED, RED, RED, RED))

# bytes
def tb(fmt, args):
    try:
        print(repr(fmt), "->", repr(fmt % args))
    except Exception as e:
        print(repr(fmt), "!", type(e).__name__, e)
tb(b"%d %i %x %X %o %#x", (1, 2, 255, 255, 8, 255))
tb(b"%5.2f|%-8e|%g", (3.14159, 2.5, 1e-10))
tb(b"%s %b", (b"a", bytearray(b"b")))
tb(b"%s", memoryview(b"mv"))
tb(b"%r %a", ("\xe9", b"x"))
tb(b"%c%c", (65, b"B"))
tb(b"%c", 256)
tb(b"%c", b"ab")
tb(b"%c", "a")
tb(b"%d", b"x")
tb(b"%x", 1.5)
tb(b"%f", "x")
tb(b"%5", 1)
tb(b"%(a", {b"a": 1})
tb(b"%(a)s", {"a": 1})
tb(b"%(a)s", {b"a": b"v"})
tb(b"%*d", ("a", 1))
tb(b"%c", -1)
tb(b"%c", 1.5)
tb(b"%5s|%-5b|", (b"a", b"b"))
tb(b"%.1b", b"abc")
tb(b"%x", -255)
tb(bytearray(b"%s"), b"x")
tb(b"%s", {b"a": 1})
tb(b"abc", {b"a": 1})
tb(b"abc", b"x")
tb(b"abc", bytearray(b"x"))
tb(b"abc", 5)
tb(b"%y", 5)
tb(b"%s", 5)
tb(b"%s", "x")
tb(b"%%", ())

class WithBytes:
    def __bytes__(self):
        return b"WB"
tb(b"%s", WithBytes())

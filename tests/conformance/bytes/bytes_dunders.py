# bytes and bytearray: construction, sequence protocol, operators, comparisons, repr, hashing

def show(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(repr(r), type(r).__name__)
    except Exception as e:
        print(type(e).__name__, e)

class WithBytes:
    def __bytes__(self):
        return b"from __bytes__"
class BadBytes:
    def __bytes__(self):
        return "str"
class Idx:
    def __index__(self):
        return 3
for T in (bytes, bytearray):
    print("=====", T.__name__)
    show(T)
    show(T, 3)
    show(T, Idx())
    show(T, [1, 2, 255])
    show(T, (65, 66))
    show(T, range(97, 100))
    show(T, iter([120, Idx()]))
    show(T, b"abc")
    show(T, bytearray(b"xyz"))
    show(T, "abc", "ascii")
    show(T, "é", "utf-8")
    show(T, "é", encoding="latin-1")
    show(T, "é", "ascii", "replace")
    show(T, "é", "ascii")
    show(T, WithBytes())
    show(T, BadBytes())
    show(T, "abc")
    show(T, 1, "utf-8")
    show(T, encoding="utf-8")
    show(T, errors="strict")
    show(T, b"x", errors="strict")
    show(T, -1)
    show(T, [256])
    show(T, [-1])
    show(T, ["a"])
    show(T, 2.5)
    show(T, None)
    show(T, x=1)
    show(T, 1, 2, 3, 4)
    show(T, source=b"kw")
    s = T(b"abcdef")
    print(s[0], s[-1], s[2:4], s[::2], s[::-1], s[10:], s[5:0:-2], s[True], len(s), list(s), 99 in s, b"cd" in s, bytearray(b"") in s)
    show(s.__getitem__, 6)
    show(s.__getitem__, "a")
    show(s.__getitem__, 1.0)
    show(s.__getitem__, 2**70)
    show(s.__contains__, 256)
    show(s.__contains__, "a")
    print(s + b"g", s + bytearray(b"h"), b"z" + s, s * 2, 2 * s, s * 0, s * -1, s * Idx())
    show(lambda: s + "x")
    show(lambda: s + 1)
    show(lambda: s * 1.5)
    show(lambda: "x" + s)
    show(s.__add__, "x")
    show(s.__mul__, "x")
    print(s == b"abcdef", s == bytearray(b"abcdef"), s != b"x", s < b"b", s <= b"abcdef", s > b"abc", s >= b"abd", s == "abcdef", s != "abcdef")
    show(lambda: s < "x")
    show(lambda: s < 1)
    it = iter(T(b"ab"))
    print(type(it).__name__, it.__length_hint__(), next(it), list(it), it.__length_hint__())
    print(repr(T(b"a'b")), repr(T(b'a"b')), repr(T(b"a'\"b")), repr(T(b"\t\n\r\x00\x7f\x80\xff\\")), str(T(b"s")))
print(hash(b"abc") == hash(b"abc"), hash(b"") == hash(bytes()), b"a".__getnewargs__(), b"x".__bytes__(), bytes.__bytes__(b"y"))
show(hash, bytearray(b"a"))
print(b"abc".__sizeof__(), b"".__sizeof__(), bytearray(b"abc").__sizeof__(), bytearray().__sizeof__(), bytearray(b"abc").__alloc__())
class MyBytes(bytes):
    pass
class MyBA(bytearray):
    pass
mb = MyBytes(b"sub")
print(repr(mb), type(mb).__name__, type(mb + b"x").__name__, type(mb[1:]).__name__, type(mb.upper()).__name__, type(bytes(mb)).__name__, mb == b"sub", type(MyBytes.fromhex("00")).__name__)
ma = MyBA(b"sub")
print(repr(ma), type(ma.upper()).__name__, type(ma[:]).__name__, type(MyBA.fromhex("00")).__name__)
show(lambda: mb + "x")
show(lambda: ma + "x")

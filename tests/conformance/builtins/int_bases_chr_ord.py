from _check import check
for f in (bin, oct, hex):
    check(f.__name__ + " 0", lambda: f(0))
    check(f.__name__ + " neg", lambda: f(-255))
    check(f.__name__ + " big", lambda: f(2**70))
    check(f.__name__ + " bool", lambda: f(True))
    check(f.__name__ + " float", lambda: f(1.5))
    check(f.__name__ + " str", lambda: f("1"))
class Idx:
    def __index__(self):
        return 10
check("hex __index__", lambda: hex(Idx()))
check("bin __index__", lambda: bin(Idx()))
class BadIdx:
    def __index__(self):
        return "x"
check("hex bad __index__", lambda: hex(BadIdx()))
check("hex no args", lambda: hex())

check("chr 65", lambda: chr(65))
check("chr max", lambda: chr(0x10FFFF))
check("chr too big", lambda: chr(0x110000))
check("chr neg", lambda: chr(-1))
check("chr float", lambda: chr(65.0))
check("chr huge", lambda: chr(2**64))
check("chr str", lambda: chr("A"))
check("chr __index__", lambda: chr(Idx()))
check("chr surrogate", lambda: ascii(chr(0xD800)))

check("ord a", lambda: ord("a"))
check("ord euro", lambda: ord("€"))
check("ord astral", lambda: ord("😀"))
check("ord bytes", lambda: ord(b"A"))
check("ord bytearray", lambda: ord(bytearray(b"z")))
check("ord empty", lambda: ord(""))
check("ord two", lambda: ord("ab"))
check("ord bytes two", lambda: ord(b"ab"))
check("ord int", lambda: ord(1))
check("ord surrogate", lambda: ord("\udc80"))

check("int()", lambda: int())
check("int str base", lambda: int("ff", 16))
check("int base 0", lambda: int("0x1f", 0))
check("int base 0 octal", lambda: int("0o17", 0))
check("int base 0 leading zero", lambda: int("010", 0))
check("int underscores", lambda: int("1_000"))
check("int bad underscore", lambda: int("1__0"))
check("int whitespace", lambda: int("  42\n"))
check("int invalid", lambda: int("4.2"))
check("int invalid base", lambda: int("9", 8))
check("int base too big", lambda: int("1", 37))
check("int base 1", lambda: int("1", 1))
check("int base with non-str", lambda: int(5, 10))
check("int float", lambda: int(-3.9))
check("int inf", lambda: int(float("inf")))
check("int nan", lambda: int(float("nan")))
check("int bytes", lambda: int(b"12"))
check("int none", lambda: int(None))
check("int list", lambda: int([]))
check("int kw base", lambda: int("11", base=2))
check("int kw x", lambda: int(x="5"))
class Tr:
    def __trunc__(self):
        return 7
check("int __trunc__", lambda: int(Tr()))
class I:
    def __int__(self):
        return 8
check("int __int__", lambda: int(I()))
class BadI:
    def __int__(self):
        return "8"
check("int bad __int__", lambda: int(BadI()))
check("int __index__", lambda: int(Idx()))
check("int unicode digits", lambda: int("١٢٣"))
check("int empty", lambda: int(""))
check("int sign only", lambda: int("-"))
check("int plus", lambda: int("+7"))

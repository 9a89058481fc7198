from _check import check
for T in (bytes, bytearray):
    n = T.__name__
    check(n + "()", lambda: T())
    check(n + " int", lambda: T(3))
    check(n + " neg int", lambda: T(-1))
    check(n + " huge int", lambda: T(2**64))
    check(n + " list", lambda: T([1, 2, 255]))
    check(n + " list out of range", lambda: T([256]))
    check(n + " list neg", lambda: T([-1]))
    check(n + " list str item", lambda: T(["a"]))
    check(n + " str no encoding", lambda: T("abc"))
    check(n + " str encoding", lambda: T("héllo", "utf-8"))
    check(n + " str latin-1", lambda: T("é", "latin-1"))
    check(n + " str ascii error", lambda: T("é", "ascii"))
    check(n + " str errors ignore", lambda: T("aé", "ascii", "ignore"))
    check(n + " bytes encoding", lambda: T(b"x", "utf-8"))
    check(n + " int encoding", lambda: T(1, "utf-8"))
    check(n + " errors only", lambda: T("a", errors="strict"))
    check(n + " unknown encoding", lambda: T("a", "no-such-codec"))
    check(n + " float", lambda: T(1.5))
    check(n + " none", lambda: T(None))
    check(n + " generator", lambda: T(x for x in range(3)))
    check(n + " memoryview", lambda: T(memoryview(b"mv")))
    check(n + " bytearray source", lambda: T(bytearray(b"ba")))
    check(n + " kw source", lambda: T(source=b"s"))
    check(n + " bad kw", lambda: T(b"", foo=1))
    check(n + " too many", lambda: T("a", "utf-8", "strict", 1))
    class Idx:
        def __index__(self):
            return 2
    check(n + " __index__", lambda: T(Idx()))
    class HasBytes:
        def __bytes__(self):
            return b"from __bytes__"
    check(n + " __bytes__", lambda: T(HasBytes()))
    class BadBytes:
        def __bytes__(self):
            return "str"
    check(n + " bad __bytes__", lambda: T(BadBytes()))
check("bytes.fromhex", lambda: bytes.fromhex("de ad be ef"))
check("bytes.fromhex bad", lambda: bytes.fromhex("xz"))
check("bytes.fromhex odd", lambda: bytes.fromhex("abc"))
check("bytearray.fromhex", lambda: bytearray.fromhex("01 02"))
check("bytes subclass", lambda: type(type("B", (bytes,), {})(b"x")).__name__)
check("bytes subclass __bytes__", lambda: type(bytes(type("B2", (bytes,), {})(b"x"))).__name__)

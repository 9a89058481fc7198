# str dunders: construction, indexing, slicing, code points, operators, comparisons, iteration

def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)

print(repr(str()), repr(str(1)), repr(str(2.5)), repr(str(None)), repr(str([1, "a"])), repr(str(b"ab")), repr(str(object="o")))
print(repr(str(b"caf\xc3\xa9", "utf-8")), repr(str(b"caf\xe9", "latin-1")), repr(str(b"\xff", "utf-8", "replace")), repr(str(bytearray(b"x"), errors="strict")))
print(repr(str(encoding="utf-8")), repr(str(errors="strict")))
show(str, 1, "ascii")
show(str, "x", "ascii")
show(str, b"x", 1)
show(str, b"x", "nope")
show(str, b"\xff", "ascii")
show(str, x=3)
show(str, 1, 2, 3, 4)
class WithStr:
    def __str__(self):
        return "custom"
class BadStr:
    def __str__(self):
        return 5
print(str(WithStr()))
show(str, BadStr())
s = "abcdef"
print(s[0], s[-1], s[2:4], s[::2], s[::-1], s[-2:], s[:-2], s[10:], s[1:100:3], s[5:0:-2], s[True], s[-100:100])
show(s.__getitem__, 6)
show(s.__getitem__, -7)
show(s.__getitem__, 1.0)
show(s.__getitem__, "a")
show(s.__getitem__, 2**70)
show(s.__getitem__, slice(None, None, 0))
show(s.__getitem__, slice("a", None))
class Idx:
    def __index__(self):
        return 2
print(s[Idx()], s[Idx():], s * Idx(), Idx() * "ab")
e = "a😀b𝒜c"
print(len(e), e[1], e[3], e[-1], e[1:4], e[::-1], e[::2], list(e), e.find("b"), e.index("𝒜"), e.rfind("😀"), e.count("😀"))
print(e.find("c", 4), e.find("b", -3), e.startswith("b", 2), e.endswith("𝒜", 0, 4), e.split("b"), e.center(9, "*"), e.zfill(7))
print(e.replace("😀", "x"), e.upper(), e.title(), e.swapcase(), "😀" in e, "x" in e, "" in e)
print("😀" * 3, len("😀" * 3))
print("a" + "b", "ab" * 3, 3 * "ab", "ab" * 0, "ab" * -1, "" * 5)
show(lambda: "a" + 1)
show(lambda: "a" * 1.5)
show(lambda: "a" * "b")
show(lambda: 1 in "a")
show(lambda: "a" * (2**70))
show(lambda: "a".__mul__(1.5))
show("a".__add__, 1)
show("a".__mul__, "x")
show("a".__rmul__, 2.0)
print("a".__rmod__(1), "a".__lt__(1), "a".__eq__(1), "a".__ne__("b"), "ab".__rmul__(2))
class R:
    def __radd__(self, other):
        return "radd:" + other
    def __rmul__(self, other):
        return "rmul:" + other
print("x" + R(), "x" * R())
print("a" < "b", "a" <= "a", "b" > "a", "a" >= "b", "a" == "a", "a" != "a", "" < "a", "ab" < "b", "Z" < "a")
print("\uffff" < "😀", "😀" > "\ue000", "\ue000" < "\U00010000", sorted(["😀", "\uffff", "a", "\ue000", "é"]))
show(lambda: "a" < 1)
show(lambda: "a" >= None)
print("a" == 1, "a" != 1, hash("abc") == hash("abc"), hash("") == hash(""))
it = iter("ab😀")
print(type(it).__name__, type(iter("é")).__name__, it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
show(next, it)
print([c for c in ""], list(reversed("abc")), "".join(reversed("a😀b")))
print("abc".__len__(), "abc".__contains__("b"), "abc".__getnewargs__(), "abc".__str__(), "abc".__repr__())
print("".__sizeof__(), "abc".__sizeof__(), "é".__sizeof__(), "€".__sizeof__(), "😀".__sizeof__(), "ab€".__sizeof__())
show("a".__add__)
show("a".__len__, 1)
show("a".__getitem__, x=1)
show("a".lower, 1)
show("a".lower, x=1)
show("a".__getnewargs__, 1)
print(repr("a'b"), repr('a"b'), repr("a'\"b"), repr("\t\n\r\x00\x7f\x80\xa0\u2028é😀\U000e0001\ud800"), ascii("é😀\n"))
print(str.__doc__[:20])

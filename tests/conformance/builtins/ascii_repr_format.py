from _check import check
check("ascii str", lambda: ascii("héllo\n€😀"))
check("ascii list", lambda: ascii(["ä", 1]))
check("ascii bytes", lambda: ascii(b"\xff"))
class R:
    def __repr__(self):
        return "Ré"
check("ascii custom", lambda: ascii(R()))
check("repr custom", lambda: repr(R()))
class BadRepr:
    def __repr__(self):
        return 42
check("repr non-str", lambda: repr(BadRepr()))
check("ascii non-str", lambda: ascii(BadRepr()))
check("repr no args", lambda: repr())
check("repr str quotes", lambda: repr("it's"))
check("repr str both quotes", lambda: repr("it's \"x\""))
check("repr recursive list", lambda: (lambda l: (l.append(l), repr(l))[1])([]))
check("repr recursive dict", lambda: (lambda d: (d.__setitem__("k", d), repr(d))[1])({}))

check("format int", lambda: format(255, "x"))
check("format default", lambda: format(3.5))
check("format empty spec", lambda: format("s", ""))
check("format width", lambda: format("ab", "^6"))
check("format bad spec", lambda: format(1, "q"))
check("format str spec on int", lambda: format(1, "s"))
check("format non-str spec", lambda: format(1, 2))
class F:
    def __format__(self, spec):
        return "F<" + spec + ">"
check("format custom", lambda: format(F(), "abc"))
class BadF:
    def __format__(self, spec):
        return 1
check("format non-str result", lambda: format(BadF()))
check("format object with spec", lambda: format(object(), "x"))
check("format object empty", lambda: format(object(), "")[:8])
check("format bool", lambda: format(True, "d"))
check("format bool empty", lambda: format(True))
check("format none", lambda: format(None))
check("format none spec", lambda: format(None, ">5"))
check("str of None", lambda: str(None))
check("str kw", lambda: str(object=5))
check("str bytes encoding", lambda: str(b"abc", "ascii"))
check("str bytes errors", lambda: str(b"\xff", "utf-8", "replace"))
check("str non-bytes encoding", lambda: str(5, "utf-8"))
check("str too many", lambda: str(1, 2, 3, 4))
class BadStr:
    def __str__(self):
        return None
check("str non-str", lambda: str(BadStr()))

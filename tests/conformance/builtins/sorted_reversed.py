from _check import check
check("sorted list", lambda: sorted([3, 1, 2]))
check("sorted str", lambda: sorted("hello"))
check("sorted reverse", lambda: sorted([3, 1, 2], reverse=True))
check("sorted key", lambda: sorted(["bb", "a", "ccc"], key=len))
check("sorted stability", lambda: sorted([(1, "b"), (0, "z"), (1, "a"), (0, "y")], key=lambda t: t[0]))
check("sorted reverse stability", lambda: sorted([(1, "b"), (0, "z"), (1, "a"), (0, "y")], key=lambda t: t[0], reverse=True))
check("sorted dict", lambda: sorted({"b": 1, "a": 2}))
check("sorted mixed", lambda: sorted([1, "a"]))
check("sorted positional key", lambda: sorted([1], len))
check("sorted no args", lambda: sorted())
check("sorted iterable kw", lambda: sorted(iterable=[1]))
check("sorted non-iterable", lambda: sorted(1))
check("sorted returns new list", lambda: (lambda l: sorted(l) is not l)([1]))
check("sorted key None", lambda: sorted([2, 1], key=None))
check("sorted reverse int", lambda: sorted([1, 2], reverse=2))
check("sorted reverse str", lambda: sorted([1, 2], reverse="x"))
check("sorted key error", lambda: sorted([1, 2], key=lambda x: x.foo))
check("sorted bad kw", lambda: sorted([1], cmp=None))
check("sorted floats", lambda: sorted([0.5, -1, 2.25, -0.0, 0]))
check("sorted tuples", lambda: sorted([(2, 1), (1, 2), (1, 1)]))
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self):
        return "L%d" % self.v
check("sorted uses __lt__", lambda: sorted([OnlyLt(3), OnlyLt(1), OnlyLt(2)]))
class OnlyGt:
    def __init__(self, v):
        self.v = v
    def __gt__(self, o):
        return self.v > o.v
    def __repr__(self):
        return "G%d" % self.v
check("sorted reflected __gt__", lambda: sorted([OnlyGt(3), OnlyGt(1)]))

check("reversed list", lambda: list(reversed([1, 2, 3])))
check("reversed str", lambda: list(reversed("abc")))
check("reversed range", lambda: list(reversed(range(1, 10, 3))))
check("reversed tuple", lambda: list(reversed((1, 2))))
check("reversed dict", lambda: list(reversed({"a": 1, "b": 2})))
check("reversed dict items", lambda: list(reversed({"a": 1, "b": 2}.items())))
check("reversed set", lambda: reversed({1, 2}))
check("reversed iterator", lambda: reversed(iter([1])))
check("reversed generator", lambda: reversed(x for x in []))
check("reversed int", lambda: reversed(1))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 2
check("reversed sequence protocol", lambda: list(reversed(Seq())))
class Rev:
    def __reversed__(self):
        return iter("custom")
check("reversed __reversed__", lambda: list(reversed(Rev())))
class RevNone:
    __reversed__ = None
    def __len__(self): return 1
    def __getitem__(self, i): return i
check("reversed __reversed__ None", lambda: reversed(RevNone()))
check("reversed type", lambda: type(reversed([])).__name__)
check("reversed length_hint", lambda: reversed([1, 2, 3]).__length_hint__())
check("reversed no args", lambda: reversed())
check("reversed kw", lambda: reversed(seq=[]))
it = reversed([1, 2, 3])
next(it)
check("reversed partial", lambda: list(it))
l = [1, 2, 3]
it = reversed(l)
l.append(4)
check("reversed after append", lambda: list(it))
l = [1, 2, 3]
it = reversed(l)
next(it)
l.clear()
check("reversed after clear", lambda: list(it))

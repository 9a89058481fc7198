from _check import check
for f in (max, min):
    n = f.__name__
    check(n + " args", lambda: f(3, 1, 2))
    check(n + " iterable", lambda: f([3, 1, 2]))
    check(n + " key", lambda: f(["bb", "a", "ccc"], key=len))
    check(n + " key args", lambda: f("bb", "a", "ccc", key=len))
    check(n + " empty", lambda: f([]))
    check(n + " empty default", lambda: f([], default="d"))
    check(n + " default with args", lambda: f(1, 2, default=0))
    check(n + " no args", lambda: f())
    check(n + " int", lambda: f(5))
    check(n + " bad kw", lambda: f([1], foo=1))
    check(n + " key None", lambda: f([2, 1], key=None))
    check(n + " mixed", lambda: f([1, "a"]))
    check(n + " ties first wins", lambda: f([(1, "a"), (1, "b")], key=lambda t: t[0]))
    check(n + " generator", lambda: f(x * x for x in range(-3, 2)))
    check(n + " single", lambda: f([7]))
    check(n + " strings", lambda: f("hello"))
    check(n + " floats nan", lambda: f([float("nan"), 1.0]))
    check(n + " key error", lambda: f([1, 2], key=lambda x: 1 / 0))
    check(n + " default kw only", lambda: f([], None))
    check(n + " one arg key", lambda: f([1, -5, 3], key=abs))
class Cmp:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        print("  lt", self.v, o.v)
        return self.v < o.v
    def __gt__(self, o):
        print("  gt", self.v, o.v)
        return self.v > o.v
    def __repr__(self):
        return "Cmp(%r)" % self.v
check("max compares with >", lambda: max(Cmp(1), Cmp(3), Cmp(2)))
check("min compares with <", lambda: min(Cmp(1), Cmp(3), Cmp(2)))

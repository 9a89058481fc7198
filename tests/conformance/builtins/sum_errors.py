from _check import check
check("str start", lambda: sum(["a"], ""))
check("bytes start", lambda: sum([b"a"], b""))
check("bytearray start", lambda: sum([b"a"], bytearray()))
check("str items no start", lambda: sum(["a", "b"]))
check("mixed int str", lambda: sum([1, "a"]))
check("list items", lambda: sum([[1], [2]], []))
check("none item", lambda: sum([1, None]))
check("start kw str", lambda: sum([], start=""))
check("iterable kw", lambda: sum(iterable=[1]))
check("too many", lambda: sum([1], 0, 1))
check("float then int", lambda: sum([1.5, 2]))
check("int then float big", lambda: sum([2**64, 0.5]))
check("float overflow", lambda: sum([1e308, 1e308]))
check("float neg zero", lambda: sum([-0.0, -0.0]))
check("float neg zero start", lambda: sum([-0.0], -0.0))
check("complex", lambda: sum([1j, 1.5, 2]))
check("bool start", lambda: sum([True, True], True))
class Num:
    def __init__(self, v):
        self.v = v
    def __add__(self, other):
        if isinstance(other, Num):
            return Num(self.v + other.v)
        return NotImplemented
    def __radd__(self, other):
        print("  __radd__ with", other)
        return Num(self.v + other)
check("custom objects start 0", lambda: sum([Num(1), Num(2)]).v)
check("custom start", lambda: sum([Num(1)], Num(10)).v)
check("custom without radd", lambda: sum([object()]))
check("generator", lambda: sum(i * i for i in range(10)))
check("fsum-like precision not used", lambda: sum([0.1] * 10) == 1.0)
check("huge ints", lambda: sum(range(10**6, 10**6 + 5)))
check("int overflow to big", lambda: sum([2**62] * 4))

from _check import check
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
check("list", lambda: list(Countdown(3)))
check("in", lambda: 1 in Countdown(3))
check("unpack", lambda: (lambda a, b, c: (a, b, c))(*Countdown(3)))
check("sorted", lambda: sorted(Countdown(4)))
check("dict.fromkeys", lambda: dict.fromkeys(Countdown(2)))
check("set", lambda: sorted(set(Countdown(3))))
check("str.join", lambda: ",".join(map(str, Countdown(3))))
check("max", lambda: max(Countdown(5)))
check("enumerate", lambda: list(enumerate(Countdown(2))))
check("extended unpacking", lambda: (lambda: ([*Countdown(3)], {*Countdown(2)}))())
class ContainsOnly:
    def __contains__(self, x):
        return x == "yes"
check("__contains__", lambda: ("yes" in ContainsOnly(), "no" in ContainsOnly()))
check("__contains__ not iterable", lambda: list(ContainsOnly()))
class ContainsNone:
    __contains__ = None
    def __iter__(self):
        return iter([1])
check("__contains__ None", lambda: 1 in ContainsNone())
class GetItemOnly:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError(i)
        return i * i
check("getitem iteration", lambda: list(GetItemOnly()))
check("getitem in", lambda: (4 in GetItemOnly(), 5 in GetItemOnly()))
check("getitem unpack", lambda: (lambda *a: a)(*GetItemOnly()))
class GetItemKeyError:
    def __getitem__(self, i):
        raise KeyError(i)
check("getitem KeyError propagates", lambda: list(GetItemKeyError()))
class IterReturnsList:
    def __iter__(self):
        return [1, 2]
check("__iter__ returning non-iterator", lambda: list(IterReturnsList()))
check("__iter__ returning non-iterator in for", lambda: [x for x in IterReturnsList()])
class NextRaisesValueError:
    def __iter__(self):
        return self
    def __next__(self):
        raise ValueError("in next")
check("__next__ error propagates", lambda: list(NextRaisesValueError()))
class LenHint:
    def __iter__(self):
        return iter([1, 2, 3])
    def __length_hint__(self):
        return "bad"
check("bad __length_hint__", lambda: list(LenHint()))
class LenHintNeg:
    def __iter__(self):
        return iter([1])
    def __length_hint__(self):
        return -1
check("negative __length_hint__", lambda: list(LenHintNeg()))
class BadLen:
    def __iter__(self):
        return iter([1])
    def __len__(self):
        raise RuntimeError("len fails")
check("list() calls __len__ errors", lambda: list(BadLen()))
check("iter() of str subclass", lambda: list(iter(type("S", (str,), {})("ab"))))
class Reiterable:
    def __iter__(self):
        yield from (1, 2)
r = Reiterable()
check("reiterable", lambda: (list(r), list(r)))
check("iter(iter(x)) identity", lambda: (lambda it: iter(it) is it)(iter(r)))

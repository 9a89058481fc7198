from _check import check
check("list()", lambda: list())
check("list str", lambda: list("ab"))
check("list dict", lambda: list({"a": 1, "b": 2}))
check("list int", lambda: list(5))
check("list kw", lambda: list(iterable=[1]))
check("list two", lambda: list([1], [2]))
check("tuple()", lambda: tuple())
check("tuple list", lambda: tuple([1, 2]))
check("tuple is same", lambda: (lambda t: tuple(t) is t)((1, 2)))
check("tuple kw", lambda: tuple(iterable=[1]))
check("tuple none", lambda: tuple(None))
check("set()", lambda: set())
check("set str sorted", lambda: sorted(set("hello")))
check("set unhashable", lambda: set([[1]]))
check("set kw", lambda: set(iterable=[]))
check("set two", lambda: set([], []))
check("frozenset()", lambda: frozenset())
check("frozenset same", lambda: (lambda f: frozenset(f) is f)(frozenset([1])))
check("frozenset empty singleton-ish", lambda: frozenset() == frozenset([]))
check("frozenset unhashable", lambda: frozenset([{}]))
check("dict()", lambda: dict())
check("dict kw", lambda: dict(a=1, b=2))
check("dict pairs", lambda: dict([("a", 1), ("b", 2)]))
check("dict pairs and kw", lambda: dict([("a", 1)], a=2, c=3))
check("dict from dict", lambda: dict({"x": 1}, y=2))
check("dict bad item", lambda: dict([1, 2]))
check("dict bad pair length", lambda: dict([(1, 2, 3)]))
check("dict bad pair length 1", lambda: dict(["a"]))
check("dict pair str", lambda: dict(["ab", "cd"]))
check("dict two positional", lambda: dict({}, {}))
check("dict non-iterable", lambda: dict(5))
check("dict unhashable key", lambda: dict([([], 1)]))
class KeysOnly:
    def keys(self):
        return ["k1", "k2"]
    def __getitem__(self, k):
        return k.upper()
check("dict mapping protocol", lambda: dict(KeysOnly()))
check("dict.fromkeys", lambda: dict.fromkeys("ab", 0))
check("dict.fromkeys default", lambda: dict.fromkeys([1, 2]))
check("bool()", lambda: bool())
check("bool values", lambda: [bool(x) for x in (0, 1, "", "a", [], [0], None, 0.0, -0.0, 0j, float("nan"))])
check("bool kw", lambda: bool(x=1))
check("bool two", lambda: bool(1, 2))
check("bool subclass", lambda: type("B", (bool,), {}))
class BadBool:
    def __bool__(self):
        return 1
check("bool non-bool __bool__", lambda: bool(BadBool()))
class LenBool:
    def __len__(self):
        return 2
check("bool via __len__", lambda: bool(LenBool()))
class NegLen:
    def __len__(self):
        return -1
check("bool negative __len__", lambda: bool(NegLen()))
check("object()", lambda: type(object()).__name__)
check("object args", lambda: object(1))
check("object kw", lambda: object(a=1))
check("object attr", lambda: setattr(object(), "x", 1))
check("slice()", lambda: slice())
check("slice(1)", lambda: slice(1))
check("slice 3", lambda: slice(1, 2, 3))
check("slice kw", lambda: slice(stop=1))
check("slice indices", lambda: slice(None, None, -1).indices(5))
check("slice indices neg len", lambda: slice(1).indices(-1))
check("slice indices zero step", lambda: slice(0, 1, 0).indices(3))
check("slice hash", lambda: hash(slice(1)))
check("complex()", lambda: complex())
check("complex str", lambda: complex("1+2j"))
check("complex str spaces", lambda: complex(" ( 1-2j ) "))
check("complex bad str", lambda: complex("1+2"))
check("complex str and imag", lambda: complex("1", 2))
check("complex two", lambda: complex(1, 2))
check("complex complex imag", lambda: complex(1j, 1j))
check("complex kw", lambda: complex(real=1, imag=2))
check("complex none", lambda: complex(None))
check("float()", lambda: float())
check("float str", lambda: float(" 1.5e3 "))
check("float inf nan", lambda: (float("-inf"), float("nan"), float("Infinity"), float("-iNF")))
check("float bad", lambda: float("1.2.3"))
check("float empty", lambda: float(""))
check("float underscores", lambda: float("1_000.5"))
check("float bytes", lambda: float(b"2.5"))
check("float big int", lambda: float(10**400))
check("float kw", lambda: float(x="1"))
check("float list", lambda: float([]))
class FI:
    def __float__(self):
        return 2
check("float bad __float__", lambda: float(FI()))
class FIdx:
    def __index__(self):
        return 7
check("float __index__", lambda: float(FIdx()))

from _check import check
check("len str", lambda: len("héllo😀"))
check("len list", lambda: len([1, 2]))
check("len dict", lambda: len({1: 2}))
check("len range", lambda: len(range(0, 100, 7)))
check("len int", lambda: len(5))
check("len iterator", lambda: len(iter([])))
check("len no args", lambda: len())
check("len two args", lambda: len([], []))
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
check("len custom", lambda: len(L(3)))
check("len negative", lambda: len(L(-1)))
check("len float", lambda: len(L(1.5)))
check("len huge", lambda: len(L(2**63)))
check("len bool", lambda: len(L(True)))
class LIdx:
    def __len__(self):
        class I:
            def __index__(self):
                return 4
        return I()
check("len __index__", lambda: len(LIdx()))
check("len big range", lambda: len(range(2**64)))

check("hash int", lambda: hash(42))
check("hash -1", lambda: hash(-1))
check("hash big", lambda: hash(2**64))
check("hash float int-valued", lambda: hash(2.0) == hash(2))
check("hash float", lambda: hash(1.5))
check("hash tuple", lambda: hash((1, 2)))
check("hash list", lambda: hash([]))
check("hash dict", lambda: hash({}))
check("hash set", lambda: hash(set()))
check("hash frozenset eq", lambda: hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
check("hash tuple with list", lambda: hash((1, [])))
check("hash none eq", lambda: hash(None) == hash(None))
check("hash bool", lambda: (hash(True), hash(False)))
check("hash complex", lambda: hash(1 + 0j) == hash(1))
class H:
    def __hash__(self):
        return 2**100
check("hash reduced", lambda: hash(H()))
class HNeg:
    def __hash__(self):
        return -1
check("hash -1 custom", lambda: hash(HNeg()))
class HBad:
    def __hash__(self):
        return "x"
check("hash non-int", lambda: hash(HBad()))
class EqOnly:
    def __eq__(self, o):
        return True
check("hash eq only", lambda: hash(EqOnly()))
check("EqOnly __hash__", lambda: EqOnly.__hash__)
class HNone:
    __hash__ = None
check("hash None", lambda: hash(HNone()))
class HBool:
    def __hash__(self):
        return True
check("hash bool result", lambda: hash(HBool()))
class HSub(int):
    pass
class HInt:
    def __hash__(self):
        return HSub(5)
check("hash int subclass result", lambda: hash(HInt()))
check("hash no args", lambda: hash())

a = object()
b = object()
check("id distinct", lambda: id(a) != id(b))
check("id stable", lambda: id(a) == id(a))
check("id type", lambda: type(id(a)).__name__)
check("id no args", lambda: id())
check("is same id", lambda: (lambda x: id(x) == id(a))(a))

from _check import check
check("list", lambda: hash([]))
check("dict", lambda: hash({}))
check("set", lambda: hash(set()))
check("bytearray", lambda: hash(bytearray()))
check("slice", lambda: hash(slice(1)))
check("dict keys view", lambda: hash({}.keys()))
check("tuple with list", lambda: hash((1, [2])))
check("frozenset with list", lambda: frozenset([[1]]))
check("dict key list", lambda: {[1]: 2})
check("set add list", lambda: set().add([]))
check("in set with list", lambda: [] in set())
check("in dict with list", lambda: [] in {})
check("dict get list", lambda: {}.get([]))
class EqNoHash:
    def __eq__(self, other):
        return True
check("class with __eq__", lambda: hash(EqNoHash()))
check("EqNoHash.__hash__", lambda: EqNoHash.__hash__)
class EqAndHash(EqNoHash):
    def __hash__(self):
        return 1
check("subclass restores hash", lambda: hash(EqAndHash()))
class InheritsEq(EqNoHash):
    pass
check("subclass inherits None hash", lambda: hash(InheritsEq()))
class ExplicitNone:
    __hash__ = None
check("explicit None", lambda: hash(ExplicitNone()))
class HashFromParent(int):
    def __eq__(self, other):
        return False
check("int subclass with __eq__ only", lambda: hash(HashFromParent(5)))
class ReuseHash(int):
    def __eq__(self, other):
        return False
    __hash__ = int.__hash__
check("reuse int hash", lambda: hash(ReuseHash(5)))
check("collections.abc.Hashable", lambda: [isinstance(x, __import__("collections.abc").abc.Hashable) for x in (EqNoHash(), EqAndHash(), [], ())])
check("unhashable message for subclass of list", lambda: hash(type("L", (list,), {})()))
check("hash of mutable object identity-based", lambda: (lambda o: hash(o) == hash(o))(object()))

from _check import check
import copy
class Plain:
    def __init__(self):
        self.a = 1
        self.b = [1, 2]
p = Plain()
check("reduce_ex 2", lambda: (lambda r: (r[0].__name__, r[1][0].__name__, r[2], r[3:]))(p.__reduce_ex__(2)))
check("reduce_ex 4", lambda: (lambda r: (r[0].__name__, r[1][0].__name__, r[2]))(p.__reduce_ex__(4)))
check("reduce_ex 0", lambda: (lambda r: (r[0].__name__, r[1][0].__name__, r[1][1].__name__, r[1][2], r[2]))(p.__reduce_ex__(0)))
class Slots:
    __slots__ = ("x", "y")
    def __init__(self):
        self.x = 1
s = Slots()
check("slots getstate", lambda: s.__getstate__())
check("slots reduce_ex 2", lambda: s.__reduce_ex__(2)[2])
check("copy plain", lambda: (lambda c: (c.a, c.b is p.b, type(c).__name__))(copy.copy(p)))
check("deepcopy plain", lambda: (lambda c: (c.a, c.b is p.b, c.b == p.b))(copy.deepcopy(p)))
check("copy slots", lambda: (lambda c: (c.x, hasattr(c, "y")))(copy.copy(s)))
class Custom:
    def __init__(self, v):
        self.v = v
    def __reduce__(self):
        return (Custom, (self.v * 10,))
check("custom __reduce__ used by copy", lambda: copy.copy(Custom(2)).v)
class WithCopy:
    def __copy__(self):
        return "from __copy__"
    def __deepcopy__(self, memo):
        return "from __deepcopy__"
check("__copy__/__deepcopy__", lambda: (copy.copy(WithCopy()), copy.deepcopy(WithCopy())))
class GetState:
    def __init__(self):
        self.a = 1
    def __getstate__(self):
        return {"a": 99}
check("__getstate__ used", lambda: copy.copy(GetState()).a)
class SetState:
    def __setstate__(self, state):
        self.restored = state
ss = SetState()
ss.x = 5
check("__setstate__ used", lambda: copy.copy(ss).restored)
check("copy int/str/tuple identity", lambda: (copy.copy(5) == 5, copy.copy("s") == "s", copy.deepcopy((1, 2)) == (1, 2)))
check("deepcopy recursive list", lambda: (lambda l: (l.append(l), (lambda c: c[0] is c)(copy.deepcopy(l)))[1])([]))
check("copy of list/dict/set", lambda: (copy.copy([1, [2]]), copy.copy({"a": 1}), sorted(copy.copy({1, 2}))))
check("object reduce", lambda: object().__reduce__()[0].__name__)
check("int reduce_ex", lambda: (5).__reduce_ex__(2)[1])
check("list reduce_ex", lambda: [1, 2].__reduce_ex__(2)[0].__name__)
check("dict reduce_ex iter", lambda: type({1: 2}.__reduce_ex__(2)[4]).__name__)
check("copyreg newobj name", lambda: __import__("copyreg").__newobj__.__name__)

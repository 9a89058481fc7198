# __slots__: storage, errors, inheritance, __dict__ and __weakref__
class P:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x
p = P(1)
print(p.x, hasattr(p, "__dict__"), P.__slots__, type(P.x).__name__)
try:
    p.y
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.z = 1
except AttributeError as e:
    print(type(e).__name__, e)
p.y = 2
del p.y
try:
    del p.y
except AttributeError as e:
    print(type(e).__name__, e)
try:
    vars(p)
except TypeError as e:
    print(type(e).__name__, e)
# a string __slots__ is one slot
class One:
    __slots__ = "only"
o = One()
o.only = 1
print(o.only, One.__slots__)
# __dict__ and __weakref__ in slots
class WithDict:
    __slots__ = ("a", "__dict__")
w = WithDict()
w.a = 1
w.extra = 2
print(w.a, w.__dict__)
# subclass without __slots__ gets a __dict__
class Sub(P):
    pass
s = Sub(3)
s.z = 4
print(s.x, s.z, s.__dict__)
# subclass with its own slots
class Sub2(P):
    __slots__ = ("z",)
s2 = Sub2(5)
s2.z = 6
print(s2.x, s2.z, hasattr(s2, "__dict__"))
# class attribute conflicting with a slot
try:
    class Conflict:
        __slots__ = ("v",)
        v = 1
except ValueError as e:
    print(type(e).__name__, e)
# invalid slot names and duplicates
for slots in [("1bad",), ("a", "a"), (1,), ("__dict__", "__dict__"), ("__weakref__", "__weakref__")]:
    try:
        type("Bad", (), {"__slots__": slots})
        print("ok", slots)
    except (TypeError, ValueError) as e:
        print(slots, type(e).__name__, e)
# nonempty slots not supported for subtypes of int/tuple/bytes
for base in (int, tuple, bytes):
    try:
        type("S", (base,), {"__slots__": ("a",)})
    except TypeError as e:
        print(base.__name__, type(e).__name__, e)
print(type("Ok", (int,), {"__slots__": ()})(5))
# layout conflict in multiple inheritance
class L1:
    __slots__ = ("a",)
class L2:
    __slots__ = ("b",)
try:
    class L3(L1, L2): pass
except TypeError as e:
    print(type(e).__name__, e)
# slots with name mangling
class Mangle:
    __slots__ = ("__private",)
    def __init__(self):
        self.__private = 1
print(Mangle().__dict__ if hasattr(Mangle(), "__dict__") else "no dict", Mangle._Mangle__private.__name__ if hasattr(Mangle._Mangle__private, "__name__") else "")
# slot descriptors
print(P.x.__name__, P.x.__objclass__.__name__, repr(P.x))
try:
    P.x.__get__(1)
except TypeError as e:
    print(type(e).__name__, e)
# __slots__ with a dict (values are docstrings)
class Doc:
    __slots__ = {"a": "the a slot", "b": None}
print(Doc.a.__doc__, Doc.b.__doc__)
# empty slots: instances have neither __dict__ nor __weakref__
class Empty:
    __slots__ = ()
print(hasattr(Empty(), "__dict__"), hasattr(Empty(), "__weakref__"))
# solid bases: a class adding slots is the layout its subclasses extend
class K1:
    __slots__ = ("a",)
class K1b(K1): pass
class K2:
    __slots__ = ("b",)
class Plain: pass
for bases in [(K1b, K2), (K1, Plain), (Plain, K1), (K1b, K1), (int, str), (K1, int), (K1b, object)]:
    try:
        type("X", bases, {})
        print("ok", [b.__name__ for b in bases])
    except TypeError as e:
        print([b.__name__ for b in bases], e)

# __call__ and __hash__ / __eq__ interplay
class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *, scale=1):
        return (self.n + x) * scale
a = Adder(2)
print(a(3), a(3, scale=10), callable(a), callable(Adder), callable(1))
try:
    a()
except TypeError as e:
    print(type(e).__name__, e)
# __call__ looked up on the type
class P: pass
p = P()
p.__call__ = lambda: "instance"
try:
    p()
except TypeError as e:
    print(type(e).__name__, e)
print(callable(p))
# calling non-callables
for obj in [1, "s", None, [], P()]:
    try:
        obj()
    except TypeError as e:
        print(type(e).__name__, e)
# __call__ as a staticmethod / class-level callable object
class Static:
    __call__ = staticmethod(lambda *a: ("static", a))
print(Static()(1, 2))
class CallObj:
    __call__ = Adder(100)
try:
    print(CallObj()(1))
except TypeError as e:
    print(type(e).__name__, e)
# nested __call__ chain
class Chain:
    def __call__(self):
        return self
c = Chain()
print(c()()() is c)
# __hash__ is None when __eq__ is defined without __hash__
class EqOnly:
    def __eq__(self, o): return True
print(EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print(type(e).__name__, e)
try:
    {EqOnly()}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {EqOnly(): 1}
except TypeError as e:
    print(type(e).__name__, e)
# explicit __hash__ survives
class EqHash:
    def __eq__(self, o): return isinstance(o, EqHash)
    def __hash__(self): return 7
print(hash(EqHash()), len({EqHash(), EqHash()}))
# subclass of an eq-only class inherits __hash__ None; a subclass defining only __eq__ resets it
class Base:
    def __hash__(self): return 1
class Child(Base):
    def __eq__(self, o): return False
print(Child.__hash__, "__hash__" in Child.__dict__)
class Grand(Child):
    __hash__ = Base.__hash__
print(hash(Grand()))
# __hash__ = None explicitly
class NoHash:
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e:
    print(type(e).__name__, e)
import collections.abc as cabc
print(isinstance(NoHash(), cabc.Hashable), isinstance(EqHash(), cabc.Hashable))
# __hash__ returning non-int, big ints, -1
class H:
    def __init__(self, h): self.h = h
    def __hash__(self): return self.h
for h in [1.5, "x", None, 2**100, -1, -2, True]:
    try:
        print(repr(h), hash(H(h)))
    except TypeError as e:
        print(repr(h), type(e).__name__, e)
class IntSub(int):
    pass
print(hash(H(IntSub(5))))
# default hash / eq: identity
class Plain: pass
x = Plain()
print(x == x, x == Plain(), hash(x) == hash(x), x != x)
# unhashable builtins
for obj in [[], {}, set(), bytearray()]:
    try:
        hash(obj)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    hash(([],))
except TypeError as e:
    print(type(e).__name__, e)
print(hash((1, 2)) == hash((1, 2)), hash(frozenset([1])) == hash(frozenset([1])), hash(1) == hash(1.0) == hash(True))

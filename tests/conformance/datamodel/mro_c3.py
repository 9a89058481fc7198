# C3 method resolution order and its errors
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
print([c.__name__ for c in Z.__mro__])
print([c.__name__ for c in Z.mro()])
def attempt(name, *bases):
    try:
        cls = type(name, bases, {})
        print(name, [c.__name__ for c in cls.__mro__])
    except TypeError as e:
        print(name, type(e).__name__, e)
attempt("Bad1", O, A)
attempt("Good1", A, O)
class X: pass
class Y: pass
class XY(X, Y): pass
class YX(Y, X): pass
attempt("Bad2", XY, YX)
attempt("Dup", A, A)
attempt("Bad3", A, B, A)
attempt("Good2", K1, K3)
attempt("Bad4", K3, K1)
# a custom mro() on the metaclass
class ReverseMeta(type):
    def mro(cls):
        return [cls] + list(reversed(super().mro()[1:-1])) + [object]
class R1: 
    def who(self): return "R1"
class R2:
    def who(self): return "R2"
class R(R1, R2, metaclass=ReverseMeta): pass
print([c.__name__ for c in R.__mro__], R().who())
class BadMro(type):
    def mro(cls):
        return [1]
try:
    class Q(metaclass=BadMro): pass
except TypeError as e:
    print(type(e).__name__, e)
# __bases__ assignment recomputes the MRO
class P1:
    def f(self): return "P1"
class P2:
    def f(self): return "P2"
class Ch(P1): pass
c = Ch()
print(c.f())
Ch.__bases__ = (P2,)
print(c.f(), [k.__name__ for k in Ch.__mro__])
try:
    Ch.__bases__ = ()
except TypeError as e:
    print(type(e).__name__, e)
try:
    Ch.__bases__ = (Ch,)
except TypeError as e:
    print(type(e).__name__, e)
# builtins in the MRO
class MyInt(int): pass
class MyIntList(MyInt): pass
print([k.__name__ for k in MyIntList.__mro__], [k.__name__ for k in bool.__mro__])
attempt("IntStr", int, str)
attempt("ListDict", list, dict)
class Meta(type): pass
print([k.__name__ for k in Meta.__mro__], type.__mro__)
# __bases__ assignment errors
class S1:
    __slots__ = ("a",)
class Free: pass
class Target(Free): pass
for new in [[P1], (1,), (int,), (S1,), (Target,)]:
    try:
        Target.__bases__ = new
        print("assigned", [k.__name__ for k in Target.__mro__])
    except TypeError as e:
        print(type(e).__name__, e)
try:
    int.__bases__ = (object,)
except TypeError as e:
    print(type(e).__name__, e)
try:
    del Target.__bases__
except TypeError as e:
    print(type(e).__name__, e)
# subclasses see the new MRO
class Top1:
    def who(self): return "Top1"
class Top2:
    def who(self): return "Top2"
class Mid(Top1): pass
class Leaf(Mid): pass
print(Leaf().who())
Mid.__bases__ = (Top2,)
print(Leaf().who(), [k.__name__ for k in Leaf.__mro__], Top1.__subclasses__(), [k.__name__ for k in Top2.__subclasses__()])

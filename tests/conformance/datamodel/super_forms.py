# super() in all forms
class A:
    def m(self): return "A.m"
    @classmethod
    def c(cls): return f"A.c({cls.__name__})"
    @staticmethod
    def s(): return "A.s"
    @property
    def p(self): return "A.p"
    attr = "A.attr"
class B(A):
    def m(self): return "B>" + super().m()
    @classmethod
    def c(cls): return "B>" + super().c()
    @property
    def p(self): return "B>" + super().p
class C(A):
    def m(self): return "C>" + super().m()
class D(B, C):
    def m(self): return "D>" + super().m()
d = D()
print(d.m(), D.c(), d.p, super(D, d).attr)
print(super(B, d).m(), super(C, d).m(), super(D, D).c(), super(B, D).c())
print(super(D, d).s(), super(B, D).s())
# unbound super
u = super(B)
print(type(u).__name__, u.__get__(d, D).m())
# the super object's attributes
sp = super(B, d)
print(sp.__thisclass__.__name__, sp.__self__ is d, sp.__self_class__.__name__)
sp2 = super(B, D)
print(sp2.__self__ is D, sp2.__self_class__.__name__)
# repr
print(repr(super(B, d)) == "<super: <class 'B'>, <D object>>", repr(super(B)))
# errors
try:
    super(B, 1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(1, d)
except TypeError as e:
    print(type(e).__name__, e)
try:
    super(B, d).missing
except AttributeError as e:
    print(type(e).__name__, e)
try:
    super(D, d).m2()
except AttributeError as e:
    print(type(e).__name__, e)
try:
    super(A, d).m()
except AttributeError as e:
    print(type(e).__name__, e)
# super skips the instance dict and __getattr__
class E(A):
    def __getattr__(self, n): return f"E.__getattr__({n})"
e = E()
e.__dict__["m"] = "instance m"
print(super(E, e).m(), e.m, e.zzz)
try:
    super(E, e).zzz
except AttributeError as err:
    print(type(err).__name__, err)
# setting attributes through super is not supported
try:
    super(B, d).attr = 1
except AttributeError as err:
    print(type(err).__name__, err)
# super in __init__ chains with cooperative multiple inheritance
order = []
class Base:
    def __init__(self, **kw):
        order.append("Base")
        super().__init__(**kw)
class Left(Base):
    def __init__(self, left=None, **kw):
        order.append(f"Left({left})")
        super().__init__(**kw)
class Right(Base):
    def __init__(self, right=None, **kw):
        order.append(f"Right({right})")
        super().__init__(**kw)
class Bottom(Left, Right):
    def __init__(self, **kw):
        order.append("Bottom")
        super().__init__(**kw)
Bottom(left=1, right=2)
print(order, [k.__name__ for k in Bottom.__mro__])
try:
    Bottom(extra=3)
except TypeError as err:
    print(type(err).__name__, err)
# super().__class__ and super() of builtins
class MyList(list):
    def append(self, x):
        super().append(x * 10)
    def __len__(self):
        return super().__len__() + 100
ml = MyList()
ml.append(1)
print(ml, len(ml), super(MyList, ml).__len__())
class MyDict(dict):
    def __getitem__(self, k):
        return super().__getitem__(k) + 1
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 2)
md = MyDict()
md["a"] = 1
print(md["a"], dict.__getitem__(md, "a"), md)
# super() with a class that is not in the MRO of the instance type via __class__ assignment
class P:
    def who(self): return "P"
class Q(P):
    def who(self): return "Q>" + super().who()
q = Q()
print(q.who())
class R: pass
q2 = Q()
try:
    Q.who(R())
except TypeError as err:
    print(type(err).__name__, err)

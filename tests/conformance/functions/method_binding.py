# bound methods: identity, equality, attributes, rebinding
class C:
    def m(self):
        return self
    def __repr__(self):
        return "C()"
c = C()
m1, m2 = c.m, c.m
print(m1 == m2, m1 is m2, m1.__self__ is c, m1.__func__ is C.m, m1() is c, type(m1).__name__)
print(C.m(c) is c, C.__dict__["m"] is C.m, repr(m1).startswith("<bound method C.m of C()>"))
d = C()
print(c.m == d.m, hash(c.m) == hash(c.m))
# methods on different instances that compare equal are still different bound methods
class Eq:
    def __eq__(self, o): return True
    __hash__ = object.__hash__
    def m(self): pass
print(Eq().m == Eq().m)
# a function stored on an instance is not bound
c.f = lambda: "plain function"
print(c.f())
# a bound method stored on the class is not rebound
C.bound = c.m
print(C().bound() is c)
# calling a method with the wrong self type works in Python 3 (no unbound method check)
class Other: pass
print(C.m(Other()).__class__.__name__)
# builtin methods
l = []
app = l.append
app(1)
print(l, app.__self__ is l, app.__name__, app.__qualname__, type(app).__name__)
print([].append == [].append, l.append == l.append)
# types.MethodType
import types
def extra(self, x):
    return (self, x)
bm = types.MethodType(extra, c)
print(bm(5), bm.__func__ is extra)
try:
    types.MethodType(extra, None)
except TypeError as e:
    print(type(e).__name__, e)
# classmethod bound to the class, even when accessed through an instance
class K:
    @classmethod
    def cm(cls): return cls.__name__
print(K.cm(), K().cm(), K.cm.__self__ is K, K().cm.__self__ is K)
# super().method is bound to the instance
class Base:
    def who(self): return type(self).__name__
class Derived(Base):
    def get(self): return super().who
print(Derived().get()(), Derived().get().__self__.__class__.__name__)
# method attributes are read from the function
C.m.note = "from function"
print(c.m.note)
try:
    c.m.note = "x"
except AttributeError as e:
    print(type(e).__name__, e)

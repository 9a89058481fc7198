# property: getter/setter/deleter, errors, subclassing, docs
class C:
    def __init__(self):
        self._x = 0
    @property
    def x(self):
        "the x property"
        return self._x
    @x.setter
    def x(self, v):
        self._x = v * 2
    @x.deleter
    def x(self):
        print("deleting x")
        del self._x
    @property
    def ro(self):
        return "read only"
    def _get(self): return "old style"
    old = property(_get, doc="old doc")
c = C()
c.x = 5
print(c.x, C.x.__doc__, C.old.__doc__, c.old)
del c.x
try:
    c.x
except AttributeError as e:
    print(type(e).__name__, e)
try:
    c.ro = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del c.ro
except AttributeError as e:
    print(type(e).__name__, e)
try:
    c.old = 2
except AttributeError as e:
    print(type(e).__name__, e)
# property without getter
class W:
    wo = property(None, lambda self, v: print("set", v))
w = W()
w.wo = 3
try:
    w.wo
except AttributeError as e:
    print(type(e).__name__, e)
# the class attribute is the property object
print(type(C.x).__name__, C.x.fget.__name__, C.x.fset.__name__, C.x.fdel.__name__, C.ro.fset)
# getter/setter/deleter return new property objects
p = property(lambda s: 1)
p2 = p.setter(lambda s, v: None)
print(p is p2, p2.fget is p.fget, p.fset, p2.fset is not None)
# property in a subclass overriding only the setter
class D(C):
    @C.x.setter
    def x(self, v):
        self._x = -v
d = D()
d.x = 4
print(d.x)
# property subclass
class Logged(property):
    def __get__(self, obj, owner=None):
        print("Logged.__get__")
        return super().__get__(obj, owner)
class E:
    @Logged
    def v(self):
        return 10
print(E().v, type(E.__dict__["v"]).__name__)
# doc taken from the getter; a property subclass instance gets __doc__
class F:
    @property
    def nodoc(self):
        return 1
print(F.nodoc.__doc__)
# exceptions from the getter propagate; AttributeError from the getter triggers __getattr__
class G:
    @property
    def broken(self):
        raise AttributeError("inner missing")
    def __getattr__(self, name):
        return f"__getattr__({name})"
print(G().broken)
class H:
    @property
    def boom(self):
        raise KeyError("k")
try:
    H().boom
except KeyError as e:
    print(type(e).__name__, e)
# property args and errors
try:
    property(1, 2, 3, 4, 5)
except TypeError as e:
    print(type(e).__name__, e)
pr = property(fget=len, doc="len doc")
print(pr.__doc__, pr.__get__([1, 2]), pr.__get__(None, list) is pr)
try:
    pr.__set__([1], 2)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    pr.__delete__([1])
except AttributeError as e:
    print(type(e).__name__, e)
# __isabstractmethod__
import abc
class A(abc.ABC):
    @property
    @abc.abstractmethod
    def ab(self): ...
print(A.ab.__isabstractmethod__, C.x.__isabstractmethod__)
try:
    A()
except TypeError as e:
    print(type(e).__name__, e)

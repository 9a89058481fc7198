# descriptor protocol: data vs non-data precedence, __set_name__, __delete__
log = []
class NonData:
    def __get__(self, obj, owner=None):
        log.append(("get", type(obj).__name__ if obj is not None else None, owner.__name__))
        return "nondata"
class Data:
    def __set_name__(self, owner, name):
        log.append(("set_name", owner.__name__, name))
        self.name = "_" + name
    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        log.append(("set", value))
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        log.append(("delete",))
        delattr(obj, self.name)
class GetOnlySet:
    def __set__(self, obj, value):
        log.append(("set-only", value))
class C:
    nd = NonData()
    d = Data()
    so = GetOnlySet()
print(log); log.clear()
c = C()
print(c.nd, C.nd, log); log.clear()
c.__dict__["nd"] = "instance wins over non-data"
print(c.nd)
c.d = 5
print(c.d, c.__dict__)
c.__dict__["d"] = "ignored: data descriptor wins"
print(c.d)
del c.d
print(c.d, log); log.clear()
# a descriptor with only __set__ is a data descriptor; get returns the descriptor itself from the class
c.so = 1
print(type(c.so).__name__, log); log.clear()
c.__dict__["so"] = "instance value"
print(type(c.so).__name__)
# __delete__ missing
class NoDelete:
    def __get__(self, o, t=None): return 1
    def __set__(self, o, v): pass
class D:
    x = NoDelete()
try:
    del D().x
except AttributeError as e:
    print(type(e).__name__, e)
class NoSet:
    def __get__(self, o, t=None): return 1
    def __delete__(self, o): log.append("deleted")
class E:
    x = NoSet()
e = E()
try:
    e.x = 5
except AttributeError as err:
    print(type(err).__name__, err)
del e.x
print(log); log.clear()
# descriptors on the metaclass and class-level access
class Meta(type):
    attr = Data()
class WithMeta(metaclass=Meta):
    pass
WithMeta.attr = "on class via metaclass"
print(WithMeta.attr, "attr" in WithMeta.__dict__)
# __set_name__ called with the class, after the class body, in definition order
class Named:
    def __init__(self, tag): self.tag = tag
    def __set_name__(self, owner, name):
        log.append((self.tag, owner.__name__, name))
class Owner:
    first = Named("a")
    second = Named("b")
    alias = first
print(log); log.clear()
# __set_name__ is not called for later assignments
Owner.third = Named("c")
print(log)
# errors in __set_name__ propagate (3.11: no RuntimeError wrapping)
class BadName:
    def __set_name__(self, owner, name):
        raise ValueError("bad name " + name)
try:
    class Fails:
        attr = BadName()
except Exception as e:
    print(type(e).__name__, e, type(e.__cause__).__name__ if e.__cause__ else None)
# functions are non-data descriptors
def f(self): return "bound"
print(f.__get__(1)(), f.__get__(None, int) is f, type(f.__get__(1)).__name__)
class H:
    m = f
h = H()
h.m = lambda: "instance attribute"
print(h.m())
# builtin descriptors
print(type(int.__dict__["real"]).__name__, type(str.__dict__["upper"]).__name__, type(object.__dict__["__class__"]).__name__)
print(int.__dict__["real"].__get__(5), str.__dict__["upper"].__get__("x")())
try:
    int.__dict__["real"].__set__(5, 1)
except AttributeError as e:
    print(type(e).__name__, e)

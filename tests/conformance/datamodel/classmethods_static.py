# classmethod and staticmethod
class C:
    count = 0
    @classmethod
    def make(cls, *args):
        return cls, args
    @staticmethod
    def util(x):
        return x * 2
    @classmethod
    def incr(cls):
        cls.count += 1
        return cls.count
class D(C):
    pass
print(C.make(1), D.make(), C().make(2), D().make())
print(C.util(2), C().util(3), D.util(4))
print(C.incr(), D.incr(), D.incr(), C.count, D.count)
# the underlying function
cm = C.__dict__["make"]
sm = C.__dict__["util"]
print(type(cm).__name__, type(sm).__name__, cm.__func__.__name__, sm.__func__.__name__)
print(cm.__get__(None, D)(), sm.__get__(None, C)(5), sm(6))
print(cm.__wrapped__ is cm.__func__, sm.__wrapped__ is sm.__func__)
print(C.util.__name__, C.util.__qualname__, C.make.__name__, C.make.__self__.__name__)
# classmethod on a non-function callable
class E:
    clsname = classmethod(lambda cls: cls.__name__)
    stat = staticmethod(len)
print(E.clsname(), E().clsname(), E.stat([1, 2]))
# classmethod of a classmethod / property chaining (3.11: classmethod wraps __get__)
class F:
    @classmethod
    @property
    def cprop(cls):
        return f"class property of {cls.__name__}"
print(F.cprop, F().cprop)
# calling errors
try:
    C.make.__func__()
except TypeError as e:
    print(type(e).__name__, e)
try:
    C.util()
except TypeError as e:
    print(type(e).__name__, e)
try:
    classmethod(1)(2)
except TypeError as e:
    print(type(e).__name__, e)
print(callable(staticmethod(len)), staticmethod(len)([1]))
try:
    classmethod()
except TypeError as e:
    print(type(e).__name__, e)
# repr shapes
print(repr(sm).startswith("<staticmethod("), repr(cm).startswith("<classmethod("))
# a method accessed through the class is a plain function
def plain(self):
    return "plain"
class G:
    m = plain
print(G.m is plain, G().m.__func__ is plain, G.m(None))
# __init_subclass__ is implicitly a classmethod; __class_getitem__ too
class H:
    def __init_subclass__(cls):
        print("init_subclass", cls.__name__)
    def __class_getitem__(cls, item):
        return (cls.__name__, item)
class I(H):
    pass
print(H[int], I["x"], type(H.__dict__["__init_subclass__"]).__name__, type(H.__dict__["__class_getitem__"]).__name__)
# staticmethod attributes are copied (3.10+)
def documented():
    "doc here"
s = staticmethod(documented)
print(s.__doc__, s.__name__, s.__qualname__)

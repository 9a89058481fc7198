# __class__ assignment
class A:
    def who(self): return "A"
class B:
    def who(self): return "B"
a = A()
a.__class__ = B
print(a.who(), type(a).__name__, isinstance(a, B), isinstance(a, A))
for target in [int, object, 5]:
    try:
        a.__class__ = target
    except TypeError as e:
        print(type(e).__name__, e)
class S1:
    __slots__ = ("x",)
class S2:
    __slots__ = ("x",)
class S3:
    __slots__ = ("y",)
s = S1()
s.__class__ = S2
print(type(s).__name__)
try:
    s.__class__ = S3
except TypeError as e:
    print(type(e).__name__, e)
try:
    s.__class__ = A
except TypeError as e:
    print(type(e).__name__, e)
try:
    (1).__class__ = bool
except TypeError as e:
    print(type(e).__name__, e)
try:
    [].__class__ = tuple
except TypeError as e:
    print(type(e).__name__, e)
class MyList(list): pass
class MyList2(list): pass
ml = MyList([1])
ml.__class__ = MyList2
print(type(ml).__name__, ml)
try:
    del a.__class__
except TypeError as e:
    print(type(e).__name__, e)
# modules can change class
import types
m = types.ModuleType("m")
class MyModule(types.ModuleType):
    def __repr__(self):
        return "custom module"
m.__class__ = MyModule
print(repr(m))

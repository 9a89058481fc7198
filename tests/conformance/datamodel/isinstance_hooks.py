# isinstance/issubclass: tuples, __instancecheck__, __subclasscheck__, __class__, ABCs
log = []
class Meta(type):
    def __instancecheck__(cls, inst):
        log.append(("instancecheck", cls.__name__, type(inst).__name__))
        return inst == "magic"
    def __subclasscheck__(cls, sub):
        log.append(("subclasscheck", cls.__name__, getattr(sub, "__name__", sub)))
        return getattr(sub, "__name__", "").startswith("Magic")
class Checker(metaclass=Meta): pass
class MagicThing: pass
print(isinstance("magic", Checker), isinstance(1, Checker), issubclass(MagicThing, Checker), issubclass(int, Checker), log)
log.clear()
# exact type match short-circuits __instancecheck__
c = Checker()
print(isinstance(c, Checker), log)
log.clear()
# tuples, nested tuples
print(isinstance(1, (str, (float, int))), isinstance("x", ()), issubclass(bool, (str, int)), isinstance(1, (Checker, int)), log)
log.clear()
# errors
for args in [(1, 1), (1, (int, 1)), (1, [int])]:
    try:
        print(isinstance(*args))
    except TypeError as e:
        print("isinstance", type(e).__name__, e)
for args in [(1, int), (int, 1), (int, (int, 1))]:
    try:
        print(issubclass(*args))
    except TypeError as e:
        print("issubclass", type(e).__name__, e)
# __class__ overriding type for isinstance
class Proxy:
    @property
    def __class__(self):
        return int
p = Proxy()
print(isinstance(p, int), isinstance(p, Proxy), type(p).__name__, p.__class__.__name__)
# __bases__ protocol for non-type classes in issubclass
class FakeClass:
    __bases__ = ()
class FakeSub:
    __bases__ = (FakeClass,)
try:
    print(issubclass(FakeSub(), FakeClass()))
except TypeError as e:
    print(type(e).__name__, e)
# ABC registration
import abc
class MyABC(abc.ABC): pass
class Unrelated: pass
print(isinstance(Unrelated(), MyABC), issubclass(Unrelated, MyABC))
MyABC.register(Unrelated)
print(isinstance(Unrelated(), MyABC), issubclass(Unrelated, MyABC), Unrelated.__mro__)
class Hooked(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if any("quack" in B.__dict__ for B in C.__mro__):
            return True
        return NotImplemented
class Duck:
    def quack(self): pass
print(isinstance(Duck(), Hooked), issubclass(int, Hooked))
import collections.abc as cabc
print(isinstance([], cabc.Sequence), isinstance({}, cabc.Mapping), isinstance(iter([]), cabc.Iterator), issubclass(str, cabc.Hashable), isinstance(len, cabc.Callable))
# __instancecheck__ returning non-bool is converted
class Truthy(type):
    def __instancecheck__(cls, inst):
        return [1]
class T(metaclass=Truthy): pass
print(isinstance(1, T))
class Raises(type):
    def __instancecheck__(cls, inst):
        raise RuntimeError("check failed")
class R(metaclass=Raises): pass
try:
    isinstance(1, R)
except RuntimeError as e:
    print(type(e).__name__, e)
# builtin relationships
print(issubclass(bool, int), isinstance(True, int), issubclass(int, object), isinstance(type, type), isinstance(object, type), issubclass(type, object))
print(isinstance(None, type(None)), issubclass(KeyError, LookupError), issubclass(LookupError, (KeyError, Exception)))
# union types (3.10+)
print(isinstance(1, int | str), isinstance(None, int | None), issubclass(bool, int | str))
try:
    isinstance(1, list[int])
except TypeError as e:
    print(type(e).__name__, e)

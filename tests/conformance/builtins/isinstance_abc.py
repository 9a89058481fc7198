from _check import check
import abc
import collections.abc as cabc
class Base(abc.ABC):
    @abc.abstractmethod
    def run(self):
        ...
class Impl(Base):
    def run(self):
        return "ran"
check("abstract instantiation", lambda: Base())
check("concrete", lambda: Impl().run())
check("partial", lambda: type("Partial", (Base,), {})())
check("abstractmethods", lambda: sorted(Base.__abstractmethods__))
class Registered:
    pass
Base.register(Registered)
check("registered isinstance", lambda: isinstance(Registered(), Base))
check("registered issubclass", lambda: issubclass(Registered, Base))
check("registered not in mro", lambda: Base in Registered.__mro__)
class Hook(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return hasattr(C, "quack") or NotImplemented
class Duck:
    def quack(self):
        pass
check("subclasshook", lambda: (isinstance(Duck(), Hook), isinstance(1, Hook)))
check("collections.abc Iterable", lambda: [isinstance(x, cabc.Iterable) for x in ([], "s", 1, iter([]), (x for x in []))])
check("collections.abc Sized", lambda: [isinstance(x, cabc.Sized) for x in ([], {}, 1, range(1))])
check("collections.abc Callable", lambda: [isinstance(x, cabc.Callable) for x in (len, 1, Impl, lambda: 0)])
check("collections.abc Mapping", lambda: [isinstance(x, cabc.Mapping) for x in ({}, [], type({}.keys()))])
check("collections.abc Sequence", lambda: [isinstance(x, cabc.Sequence) for x in ([], (), "", range(1), {}, b"")])
check("collections.abc Hashable", lambda: [isinstance(x, cabc.Hashable) for x in (1, [], (), {})])
check("collections.abc Iterator", lambda: [isinstance(x, cabc.Iterator) for x in ([], iter([]), (x for x in []))])
check("collections.abc Generator", lambda: (isinstance((x for x in []), cabc.Generator), issubclass(type((x for x in [])), cabc.Generator)))
check("collections.abc Set/MutableSet", lambda: (isinstance(set(), cabc.MutableSet), isinstance(frozenset(), cabc.MutableSet), isinstance(frozenset(), cabc.Set)))
class MyIter:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration
check("structural Iterator", lambda: isinstance(MyIter(), cabc.Iterator))
check("ABCMeta type", lambda: (type(Base).__name__, type(cabc.Iterable).__name__))
check("abc cache after register", lambda: issubclass(int, Base))

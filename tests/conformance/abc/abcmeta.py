# abc: ABCMeta, abstractmethod (instantiation errors), register, subclass hooks, caches, abstract properties
import abc
from abc import ABC, ABCMeta, abstractmethod

class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self): return f"{type(self).__name__} {self.area()}"

print(sorted(Shape.__abstractmethods__), type(Shape), isinstance(Shape, ABCMeta))
for cls in [Shape]:
    try:
        cls()
    except TypeError as e:
        print(e)

class Half(Shape):
    def area(self): return 1
try:
    Half()
except TypeError as e:
    print(e)

class Square(Half):
    def perimeter(self): return 4
print(Square().describe(), Square.__abstractmethods__)

class P(ABC):
    @property
    @abstractmethod
    def x(self): ...
    @classmethod
    @abstractmethod
    def make(cls): ...
    @staticmethod
    @abstractmethod
    def helper(): ...
print(sorted(P.__abstractmethods__))

class Legacy(ABC):
    @abc.abstractproperty
    def p(self): ...
    @abc.abstractclassmethod
    def c(cls): ...
    @abc.abstractstaticmethod
    def s(): ...
print(sorted(Legacy.__abstractmethods__))

class Drawable(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Drawable:
            return any("draw" in B.__dict__ for B in C.__mro__) or NotImplemented
        return NotImplemented

class Circle:
    def draw(self): pass
class Box: pass
print(issubclass(Circle, Drawable), isinstance(Circle(), Drawable), issubclass(Box, Drawable))

class MyABC(ABC): pass
MyABC.register(tuple)
print(issubclass(tuple, MyABC), isinstance((), MyABC), issubclass(list, MyABC))
@MyABC.register
class Registered: pass
print(issubclass(Registered, MyABC), Registered.__name__)
class Sub(Registered): pass
print(issubclass(Sub, MyABC))
token = abc.get_cache_token()
MyABC.register(int)
print(abc.get_cache_token() != token, isinstance(3, MyABC))
try:
    MyABC.register(5)
except TypeError as e:
    print(e)
class Parent(ABC): pass
class Child(Parent): pass
try:
    Child.register(Parent)
except RuntimeError as e:
    print(e)
print(Parent.register(Child) is Child)
try:
    issubclass(3, MyABC)
except TypeError as e:
    print(e)

class Later(ABC):
    @abstractmethod
    def go(self): ...
class Impl(Later): pass
Impl.go = lambda self: "went"
print(sorted(Impl.__abstractmethods__))
abc.update_abstractmethods(Impl)
print(Impl.__abstractmethods__, Impl().go())

class Meta2(ABCMeta):
    pass
class WithMeta(metaclass=Meta2):
    @abstractmethod
    def f(self): ...
try:
    WithMeta()
except TypeError as e:
    print(e)
print(ABC.__slots__, abc.ABCMeta.__name__)

class Dyn(ABC):
    pass
Dyn.__abstractmethods__ = frozenset({'x'})
try:
    Dyn()
except TypeError as e:
    print(e)
Dyn.__abstractmethods__ = frozenset()
print(type(Dyn()).__name__)

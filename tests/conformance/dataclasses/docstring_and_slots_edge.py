# dataclass: the generated docstring follows inspect.signature(cls), which prefers a
# metaclass's __call__ (no signature -> just the name) or the class's own __new__; slots=True
# refuses a class that already defines __slots__.
from dataclasses import dataclass, field

class DictCallMeta(type):
    __call__ = dict

class Base(metaclass=DictCallMeta):
    pass

@dataclass
class NoSig(Base):
    x: int = 0

print(repr(NoSig.__doc__))

class PyCallMeta(type):
    def __call__(cls, a, b=2):
        return super().__call__()

@dataclass
class ViaMeta(metaclass=PyCallMeta):
    y: int = 1

print(repr(ViaMeta.__doc__))

@dataclass
class WithNew:
    z: int
    def __new__(cls, z, extra=None):
        return super().__new__(cls)

print(repr(WithNew.__doc__))

@dataclass
class Plain:
    a: int
    b: str = "s"
    c: list = field(default_factory=list)

print(repr(Plain.__doc__))

try:
    @dataclass(slots=True)
    class Slotted:
        __slots__ = ("x",)
        x: int
except TypeError as e:
    print("TypeError:", e)

@dataclass(slots=True)
class Fine:
    x: int

print(Fine.__slots__, Fine(3))

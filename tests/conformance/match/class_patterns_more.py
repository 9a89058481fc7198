# class patterns: inherited __match_args__, properties, dataclasses, enums, builtins
from dataclasses import dataclass
import enum
@dataclass
class Point:
    x: int
    y: int
@dataclass
class Point3(Point):
    z: int = 0
print(Point.__match_args__, Point3.__match_args__)
def where(p):
    match p:
        case Point3(x, y, z) if z:
            return f"3d {x} {y} {z}"
        case Point(0, y):
            return f"on y axis {y}"
        case Point(x=x, y=0):
            return f"on x axis {x}"
        case Point(x, y) if x == y:
            return "diagonal"
        case Point():
            return "somewhere"
for p in [Point3(1, 2, 3), Point3(0, 5), Point(0, 7), Point(4, 0), Point(2, 2), Point(1, 2)]:
    print(p, "->", where(p))
class Base:
    __match_args__ = ("a",)
    def __init__(self, a):
        self.a = a
class Derived(Base):
    @property
    def b(self):
        print("property b read")
        return self.a * 2
match Derived(3):
    case Derived(3, b=6):
        print("inherited match_args and a property")
class Color(enum.Enum):
    RED = 1
    GREEN = 2
def color(c):
    match c:
        case Color.RED:
            return "red"
        case Color(value=2):
            return "green by value"
        case _:
            return "other"
print(color(Color.RED), color(Color.GREEN), color(1))
# builtins match their own instances with one positional pattern
for v in [1, 1.5, "s", b"b", [1], (1,), {1: 2}, {1}, frozenset({1}), True, bytearray(b"x")]:
    match v:
        case bool(x):
            print("bool", x)
        case int(x):
            print("int", x)
        case float(x) | str(x) | bytes(x):
            print(type(x).__name__, x)
        case list(x) | tuple(x):
            print("sequence", x)
        case dict(x) | set(x) | frozenset(x):
            print("collection", sorted(x))
        case bytearray(x):
            print("bytearray", x)
# subclass of a builtin: still self-matching
class MyInt(int):
    pass
match MyInt(5):
    case int(v):
        print("MyInt matched int", v, type(v).__name__)
class WithArgs(int):
    __match_args__ = ("real",)
match WithArgs(7):
    case WithArgs(r):
        print("explicit __match_args__ on int subclass", r)
# __match_args__ longer than needed, keyword for an unknown attribute
class Q:
    __match_args__ = ("a", "b", "c")
    a, b = 1, 2
match Q():
    case Q(1, 2):
        print("fewer positional patterns than __match_args__")
match Q():
    case Q(1, 2, 3):
        print("no")
    case _:
        print("missing attribute c: no match")

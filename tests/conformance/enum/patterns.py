# enum: custom __new__, _generate_next_value_, ordered enums, flag aliases, mixins, errors
from enum import *
import enum
class Coord(bytes, Enum):
    def __new__(cls, value, label):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        return obj
    PX = (0, 'P.X')
    PY = (1, 'P.Y')
print(Coord.PY, Coord.PY.label, Coord(1), Coord.PX.value)
class AutoName(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name
    NORTH = auto()
    SOUTH = auto()
print(list(AutoName), AutoName.NORTH.value)
class OrderedEnum(Enum):
    def __ge__(self, other):
        if self.__class__ is other.__class__: return self.value >= other.value
        return NotImplemented
    def __lt__(self, other):
        if self.__class__ is other.__class__: return self.value < other.value
        return NotImplemented
class Grade(OrderedEnum):
    A = 5
    B = 4
print(Grade.A >= Grade.B, Grade.A < Grade.B, sorted(Grade))
class Color(IntFlag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
print(list(Color), Color.WHITE, list(Color.WHITE), Color(6), repr(Color(6)), Color.RED in Color.WHITE, len(Color.WHITE))
print(format(Color.RED), f"{Color.GREEN:>4}", str(Color.RED | Color.GREEN))
class Shape(IntEnum):
    CIRCLE = 1
    SQUARE = 2
print(f"{Shape.CIRCLE:03d}", "%s %d" % (Shape.SQUARE, Shape.SQUARE), Shape.CIRCLE + Shape.SQUARE, [1, 2, 3][Shape.CIRCLE])
class Strs(StrEnum):
    A = 'alpha'
print(Strs.A.upper(), Strs.A + '!', f"{Strs.A:>8}", Strs('alpha'), Strs.A.capitalize(), len(Strs.A))
class P(Enum):
    X = 1
    @property
    def double(self): return self.value * 2
    @classmethod
    def first(cls): return next(iter(cls))
print(P.X.double, P.first(), P.X.name, P.X.value)
class Weekday(Flag):
    MONDAY = 1
    TUESDAY = 2
    WEDNESDAY = 4
    WEEKEND = 0
print(Weekday(0), repr(Weekday.WEEKEND), list(Weekday), Weekday.MONDAY | Weekday.TUESDAY)
print(Color.__members__.keys(), [m for m in Color.__members__.values()])
print(enum.Enum.__members__, len(enum.Flag), repr(enum.Enum), enum.EnumType)
class Animal(Enum):
    DOG = 1
    CAT = 2
print(Animal.DOG.__class__.__name__, type(Animal).__name__, Animal.DOG == Animal.DOG, Animal.DOG != Animal.CAT, Animal.DOG is Animal(1))
print(hash(Animal.DOG) == hash(Animal.DOG), {Animal.DOG: 'woof'}, Animal['CAT'], getattr(Animal, 'DOG'))
try: Animal.DOG.value = 5
except AttributeError as e: print(e)
try: del Animal.DOG
except AttributeError as e: print(e)
try:
    class Animal2(Animal): pass
except TypeError as e: print(e)
try:
    Enum('Bad', 'mro')
except ValueError as e: print(e)
class HasMixin(str, Enum):
    X = 'x'
print(repr(HasMixin.X), str(HasMixin.X), format(HasMixin.X), HasMixin.X == 'x', f"{HasMixin.X}")
class Perm(IntFlag, boundary=STRICT):
    R = 4
    W = 2
try: Perm(9)
except ValueError as e: print(str(e).splitlines()[0])
print(Perm._boundary_, Flag._boundary_, IntFlag._boundary_)
E = IntEnum('E', [('A', 10), ('B', 20)])
print(E.A + 1, E(20), E.__name__, E.A.__class__.__mro__)

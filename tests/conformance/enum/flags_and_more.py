# enum: flag boundaries, IntFlag arithmetic, _order_, member/nonmember, verify, aliases, auto
from enum import *
import enum
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class P(Flag):
    R = 4
    W = 2
    X = 1
print(P.R | P.W | P.X, ~P(0), ~(P.R | P.W | P.X), P(0) | P.R, P.R & 4 if False else '')
t(lambda: P.R | 1)
t(lambda: P(-1))
t(lambda: P('a'))
class PC(Flag, boundary=CONFORM):
    A = 1
    B = 2
print(PC(7), repr(PC(4)))
class PE(Flag, boundary=EJECT):
    A = 1
    B = 2
print(PE(7), type(PE(7)).__name__)
class PK(Flag, boundary=KEEP):
    A = 1
    B = 2
print(repr(PK(7)), PK(7), list(PK(7)))
class IP(IntFlag):
    A = 1
    B = 2
print(IP.A | IP.B, IP.A | 4, repr(IP.A | 4), IP(3) == 3, ~IP.A, repr(~IP.A), IP.A & 3, repr(IP.A ^ 3), 3 | IP.A, type(3 | IP.A).__name__)
print(list(IP), list(IP(3)), IP(3).value, IP(3).name, IP(0).name)
class Color(Enum):
    RED = 1
    GREEN = 2
    _order_ = 'RED GREEN'
t(lambda: Color.RED.value)
try:
    class Bad(Enum):
        _order_ = 'B A'
        A = 1
        B = 2
except TypeError as e: print(e)
try:
    class Bad2(Enum):
        _x_ = 1
except ValueError as e: print(e)
class Mixed(Enum):
    A = 1
    @member
    def f(self): return 1
    g = nonmember(5)
    def method(self): return self.name
print(list(Mixed)[0], Mixed.f.name, Mixed.g, Mixed.A.method())
class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2
print(Shape.ALIAS_FOR_SQUARE, list(Shape.__members__), list(Shape))
class NamedMembers(Enum):
    name = 1
    value = 2
print(NamedMembers.name, NamedMembers.value, NamedMembers.name.name, NamedMembers.value.value)
class SE(StrEnum):
    X = 'x'
    Y = auto()
print(SE.X + 'y', SE.Y, SE('x'), repr(SE.Y), isinstance(SE.X, str), f"{SE.X:>3}")
try:
    class SE2(StrEnum):
        A = 1
except TypeError as e: print(e)
class Base(Enum):
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, list(cls))
class Sub(Base):
    A = 1
E = Enum('E', 'A B', module=__name__, qualname='Outer.E')
print(E.__qualname__, E.__module__, E.A)
E2 = Enum('E2', 'X Y', start=10)
print(list(E2))
print(enum.unique(Color), Color.__members__['RED'])
print(enum.EnumType is enum.EnumMeta, isinstance(Color, enum.EnumType), issubclass(IntEnum, int))
@verify(UNIQUE, CONTINUOUS)
class V(Enum):
    A = 1
    B = 2
try:
    @verify(CONTINUOUS)
    class V2(Enum):
        A = 1
        C = 3
except ValueError as e: print(e)
try:
    @verify(NAMED_FLAGS)
    class V3(Flag):
        A = 1
        B = 2
        ABX = 11
except ValueError as e: print(e)
class Pl(Enum):
    A = 1
    def __str__(self): return 'custom'
print(str(Pl.A), f"{Pl.A}", repr(Pl.A))
class Inst(IntEnum):
    A = 1
print(Inst.A.__class__.__mro__)
print(Color.__class__, Flag.__class__, repr(Flag), repr(P))
print([m.name for m in P], P.__members__.keys())
t(lambda: Color(Color.RED))
t(lambda: Enum('Dyn', ['A', 'B'])(3))
class ZZ(IntEnum):
    A = 1
    B = 1
print(ZZ.B, ZZ(1), list(ZZ), len(ZZ))
import copy
print(copy.deepcopy(P.R | P.W), P(6) is (P.R | P.W))
print(enum.show_flag_values(13), enum.bin(10), enum.bin(~10), enum.bin(5, 8))
class Temp(Enum):
    HOT = 'h'
    def __repr__(self): return 'Temp!'
print(repr(Temp.HOT), [Temp.HOT])
print(hash(Color.RED) == hash('RED'), {Color.RED: 1}[Color.RED])
class AutoStart(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()
print([m.value for m in AutoStart])
class AF(IntFlag):
    A = auto()
    B = auto()
    C = auto()
print([m.value for m in AF], AF(7))

# enum: Enum/IntEnum/StrEnum/Flag/IntFlag members, reprs, str/format, lookup errors, functional API
import enum
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, Color(2), Color['BLUE'], Color.CRIMSON, Color.CRIMSON is Color.RED)
print(list(Color), len(Color), Color.__members__, Color, type(Color), f"{Color.RED}", format(Color.GREEN, '>12'), '%s' % Color.RED)
try: Color(7)
except ValueError as e: print(e)
try: Color['X']
except KeyError as e: print('KeyError', e)
print(Color.RED in Color, isinstance(Color.RED, Color), Color.RED == 1, Color.RED == Color.RED, hash(Color.RED) == hash('RED'))
try: 1 in Color
except TypeError as e: print(e)
try: Color.RED = 5
except AttributeError as e: print(e)
try: Color.RED < Color.GREEN
except TypeError as e: print(e)
class N(IntEnum):
    ONE = 1
    TWO = auto()
print(N.ONE, repr(N.TWO), N.ONE + 1, N.TWO == 2, f"{N.TWO}", format(N.ONE, '03d'), str(N.ONE), N(2), sorted([N.TWO, N.ONE]))
class S(StrEnum):
    A = auto()
    B = 'bee'
print(S.A, repr(S.A), S.B.upper(), S.A == 'a', f"{S.B}")
class P(Flag):
    R = 4
    W = 2
    X = 1
RW = P.R | P.W
print(RW, repr(RW), P(7), repr(P(0)), str(P(0)), P.R in RW, list(RW), len(RW), bool(P(0)), ~P.R, repr(~RW), P.R & P.W, P.R ^ P.R)
try: P(8)
except ValueError as e: print(e)
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
print(Perm.R | Perm.W, repr(Perm.R | Perm.W), Perm.R | 8, repr(Perm(9)), Perm.R + 1, ~Perm.R, repr(Perm(0)), str(Perm(0)))
class A2(Flag):
    A = auto()
    B = auto()
    C = auto()
    AB = A | B
print(list(A2), A2.AB, A2.__members__.keys(), A2(3), repr(A2(7)))
F = Enum('F', 'A B C')
print(F, list(F), F.A.value, F.__module__)
G = Enum('G', [('X', 10), ('Y', 20)])
print(list(G), G(20))
H = IntEnum('H', {'P': 5, 'Q': 6})
print(list(H), H.P + 1)
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
except ValueError as e: print(e)
try:
    class Dup(Enum):
        A = 1
        A = 2
except TypeError as e: print(e)
try:
    class Ext(Color): pass
except TypeError as e: print(e)
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius
    @property
    def gravity(self): return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.gravity, 2))
class WithMissing(Enum):
    A = 'a'
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str) and value.lower() == 'a': return cls.A
print(WithMissing('A'))
class Ordinal(Enum):
    def _generate_next_value_(name, start, count, last_values): return name.lower() * 2
    X = auto()
    Y = auto()
print(Ordinal.X.value, Ordinal.Y.value)
class Mood(Enum):
    HAPPY = 1
    SAD = 2
    def describe(self): return self.name.lower()
    @classmethod
    def default(cls): return cls.HAPPY
print(Mood.SAD.describe(), Mood.default(), Mood.HAPPY.__class__)
import copy
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy([Color.RED])[0] is Color.RED, Color.RED.__reduce_ex__(2))
match Color.GREEN:
    case Color.RED: print("red")
    case Color.GREEN: print("green")
print(dir(Color))
print(dir(Color.RED))
print(enum.FlagBoundary.STRICT, P._boundary_, Perm._boundary_, enum.EnumCheck.UNIQUE)
print(Color.RED._sort_order_, Color._member_names_, N._member_type_, Color._member_type_)
class Sh(Enum):
    _ignore_ = 'tmp'
    tmp = 5
    A = 1
print(list(Sh), hasattr(Sh, 'tmp'))
print(Color.__doc__, Enum.__doc__ is not None)
print(list(reversed(Color)), bool(Color), Color.RED.__objclass__)
x = Enum('x', 'a,b c')
print(list(x))
class Num(int, Enum):
    A = 1
print(repr(Num.A), str(Num.A), format(Num.A), Num.A + 1)
class Fl(float, Enum):
    PI = 3.14
print(repr(Fl.PI), str(Fl.PI), Fl.PI * 2)

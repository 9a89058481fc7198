# dataclasses: generated methods, fields, InitVar, kw_only/KW_ONLY, frozen, order, hash rules, slots, make_dataclass, asdict/astuple/replace
from dataclasses import *
import dataclasses

@dataclass
class P:
    x: int
    y: int = 0
    z: list = field(default_factory=list)
p = P(1)
print(p, P(1, 2, [3]), p == P(1), p == P(2), P.__doc__, P.__match_args__, fields(P)[0].name, [f.name for f in fields(p)])
print(asdict(P(1, 2, [P(3)])), astuple(P(1, 2, [3])), replace(p, y=5), is_dataclass(P), is_dataclass(p), is_dataclass(3))
try: P()
except TypeError as e: print(e)
try: P(1, 2, 3, 4)
except TypeError as e: print(e)
print(P.__init__.__annotations__, P.__init__.__qualname__, P.__repr__.__qualname__)
@dataclass(frozen=True, order=True)
class F:
    a: int
    b: str = 'x'
f = F(1)
try: f.a = 3
except FrozenInstanceError as e: print(type(e).__name__, e)
try: del f.b
except AttributeError as e: print(e)
print(hash(f) == hash((1, 'x')), F(1) < F(2), F(1, 'a') <= F(1, 'b'), sorted([F(3), F(1), F(2)]))
try: F(1) < 5
except TypeError as e: print(e)
@dataclass
class C:
    x: int
    y: InitVar[int] = 10
    z: int = field(init=False)

    def __post_init__(self, y):
        self.z = self.x + y
c = C(1)
print(c, c.z, [f.name for f in fields(C)], C.__dataclass_fields__['y']._field_type)
@dataclass(kw_only=True)
class K:
    a: int
    b: int = 2
print(K(a=1), K.__init__.__kwdefaults__)
try: K(1)
except TypeError as e: print(e)
@dataclass
class K2:
    a: int
    _: KW_ONLY
    b: int
    c: int = 3
print(K2(1, b=2), K2.__match_args__)
try:
    @dataclass
    class Bad:
        a: int = 1
        b: int
except TypeError as e: print(e)
try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e: print(e)
try: field(default=1, default_factory=list)
except ValueError as e: print(e)
@dataclass(unsafe_hash=True)
class H:
    a: int
    b: int = field(hash=False)
print(hash(H(1, 2)) == hash((1,)))
@dataclass
class NoHash:
    a: int
print(NoHash.__hash__)
@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)
@dataclass(slots=True)
class S:
    a: int
    b: int = 2
s = S(1)
print(s, S.__slots__, hasattr(s, '__dict__'))
try: s.c = 3
except AttributeError as e: print(e)
print(repr(fields(P)[2]).split("default=")[0], repr(fields(P)[2]).split("default_factory=")[1])
D = make_dataclass('D', [('x', int), 'y', ('z', int, field(default=5))], namespace={'add': lambda self: self.x + self.z})
d = D(1, 2)
print(d, d.add(), D.__doc__)
@dataclass
class Node:
    val: int
    nxt: 'Node' = None
n = Node(1); n.nxt = n
print(n)
@dataclass
class Inh(P):
    w: int = 9
print(Inh(1), Inh.__doc__)
try:
    @dataclass
    class FrozenChild(P, frozen=False): pass
    @dataclass(frozen=True)
    class FC(P): pass
except TypeError as e: print(e)
print(dataclasses.MISSING.__class__.__name__, repr(dataclasses.KW_ONLY.__class__.__name__), InitVar[int], dataclasses.__all__)
try: fields(3)
except TypeError as e: print(e)
try: asdict(P)
except TypeError as e: print(e)
try: replace(c, z=5)
except ValueError as e: print(e)
match P(1, 2):
    case P(a, b): print("matched", a, b)
print(P.__dataclass_params__)
@dataclass
class WithSelf:
    self: int
print(WithSelf(3))
import copy
print(copy.deepcopy(P(1, 2, [3])), copy.copy(F(1)))

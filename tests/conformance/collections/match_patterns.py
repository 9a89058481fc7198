# collections types and collections.abc virtual subclasses in match statements
from collections.abc import Sequence, Mapping
from collections import OrderedDict, deque, defaultdict, UserDict, UserList, namedtuple
class MySeq(Sequence):
    def __getitem__(self, i): return [1, 2, 3][i]
    def __len__(self): return 3
def f(x):
    match x:
        case [a, b, c]: return f"seq {a} {b} {c}"
        case {"k": v}: return f"map {v}"
        case _: return "other"
P = namedtuple('P', 'x y')
for v in [MySeq(), deque([1, 2, 3]), OrderedDict(k=1), defaultdict(int, k=2), UserDict(k=3), UserList([4, 5, 6]), P(1, 2), "abc", range(3)]:
    print(type(v).__name__, f(v))
match P(7, 8):
    case P(x=7, y=y): print("P", y)

# sequence patterns: fixed, star, nested, what counts as a sequence
def seq(x):
    match x:
        case []: return "empty"
        case [a]: return f"one {a!r}"
        case [a, b]: return f"two {a!r} {b!r}"
        case [a, *mid, z] if len(mid) > 2: return f"long {a} {mid} {z}"
        case [a, *rest]: return f"star {a!r} {rest!r}"
    return "not a sequence"
for v in [[], [1], (1, 2), [1, 2, 3], list(range(6)), "ab", b"ab", bytearray(b"ab"), {1: 2}, {1, 2}, range(3), 5, None]:
    print(repr(v), "->", seq(v))
# star captures are lists, even from tuples
match (1, 2, 3):
    case (first, *rest):
        print(first, rest, type(rest).__name__)
match [1, 2, 3, 4]:
    case [*init, last]:
        print(init, last)
match [1, 2]:
    case [1, 2, *empty]:
        print("empty star", empty)
match [1, 2, 3]:
    case [*_, 3]:
        print("wildcard star")
# nested
match [1, [2, [3, 4]], (5,)]:
    case [a, [b, [c, d]], (e,)]:
        print(a, b, c, d, e)
# collections.abc.Sequence registration and __len__/__getitem__
import collections.abc as cabc
class MySeq(cabc.Sequence):
    def __init__(self, *items): self.items = items
    def __len__(self):
        print("len called")
        return len(self.items)
    def __getitem__(self, i):
        print("getitem", i)
        return self.items[i]
match MySeq(1, 2, 3):
    case [x, *rest]:
        print("MySeq", x, rest)
match MySeq(1, 2):
    case [a, b, c]:
        print("three")
    case [a, b]:
        print("two from MySeq", a, b)
class NotRegistered:
    def __len__(self): return 1
    def __getitem__(self, i): return 1
match NotRegistered():
    case [x]: print("matched")
    case _: print("not a sequence without registration")
import collections
match collections.deque([1, 2]):
    case [a, b]: print("deque", a, b)
match memoryview(b"xy"):
    case [a, b]: print("memoryview", a, b)
# length mismatch skips element matching
match (1, 2, 3):
    case (x, y):
        print("no")
    case (x, y, z, w, *_):
        print("no")
    case _:
        print("length mismatch")
# strings are not sequences in patterns
match "abc":
    case [*chars]: print(chars)
    case str(s): print("string", s)

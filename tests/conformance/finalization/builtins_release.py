# when builtins release the items they consume
class T:
    def __init__(self, v):
        self.v = v
    def __del__(self):
        print("  del", self.v)
    def __lt__(self, other):
        return self.v < other.v
    def __gt__(self, other):
        return self.v > other.v
    def __add__(self, other):
        return T(self.v + (other.v if isinstance(other, T) else other))
    __radd__ = __add__
def items(vals):
    for v in vals:
        yield T(v)
print("max keeps only the best so far")
m = max(items([1, 3, 2]))
print("  max is", m.v)
del m
print("min with key")
m = min(items([2, 1, 3]), key=lambda t: t.v)
print("  min is", m.v)
del m
print("sum releases partial sums")
s = sum(items([1, 2, 3]), T(0))
print("  sum is", s.v)
del s
print("any stops early; the rest is never made")
print("  any:", any(t.v > 1 for t in items([1, 2, 3])))
print("list() then drop")
l = list(items([1, 2]))
del l
print("sorted result")
srt = sorted(items([3, 1, 2]))
print("  sorted", [t.v for t in srt])
srt = None
print("zip drops tuples as they go")
for a, b in zip(items([1, 2]), items([10, 20])):
    print("  pair", a.v, b.v)
del a, b
print("map results")
print("  total", sum(x.v for x in map(lambda t: t, items([5, 6]))))
print("enumerate")
for i, t in enumerate(items([7, 8])):
    pass
print("  loop done")
del i, t
print("end")

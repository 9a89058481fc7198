# a full operator-overloading class: arithmetic, reflected, in-place, comparisons, hashing, conversions
import functools
@functools.total_ordering
class V:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"V({self.x}, {self.y})"
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x, self.y + o.y)
        if isinstance(o, (int, float)):
            return V(self.x + o, self.y + o)
        return NotImplemented
    __radd__ = __add__
    def __sub__(self, o):
        if not isinstance(o, V):
            return NotImplemented
        return V(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        if not isinstance(k, (int, float)):
            return NotImplemented
        return V(self.x * k, self.y * k)
    def __rmul__(self, k):
        return self * k
    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y
    def __neg__(self):
        return V(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self):
        return bool(self.x or self.y)
    def __eq__(self, o):
        return isinstance(o, V) and (self.x, self.y) == (o.x, o.y)
    def __lt__(self, o):
        return abs(self) < abs(o)
    def __hash__(self):
        return hash((self.x, self.y))
    def __iter__(self):
        yield self.x
        yield self.y
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __len__(self):
        return 2
    def __round__(self, n=None):
        return V(round(self.x, n), round(self.y, n))
    def __format__(self, spec):
        return f"<{format(self.x, spec)}, {format(self.y, spec)}>"
a, b = V(1, 2), V(3, 4)
print(a + b, a + 1, 1 + a, b - a, a * 3, 3 * a, a @ b, -a, abs(b), bool(V(0, 0)), bool(a))
print(a == V(1, 2), a != b, a < b, a <= b, a > b, a >= b, sorted([b, a]), max(a, b))
print(hash(a) == hash(V(1, 2)), len({a, V(1, 2), b}), {a: "first"}[V(1, 2)])
print(list(a), tuple(b), a[1], len(a), round(V(1.26, 2.71), 1), f"{a:.2f}", "{:>3}".format(b))
try:
    a - 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    a * b
except TypeError as e:
    print(type(e).__name__, e)
c = a
c += b
print(c, a, c is a)
c *= 2
print(c)
x, y = a
print(x, y, sum(b), sum([a, b], V(0, 0)))
try:
    a.z = 1
except AttributeError as e:
    print(type(e).__name__, e)

# chained comparisons: each operand evaluated at most once, short-circuit
def v(x):
    print("eval", x)
    return x
print(v(1) < v(2) < v(3))
print(v(1) < v(0) < v(3))
print(v(3) > v(2) == v(2) >= v(1) != v(5))
print(1 < 2 > 1.5 < 3)
x = 5
print(0 < x <= 5, 0 < x < 5)
print(1 == 1.0 == True)
print("a" < "b" < "c" != "d")
one = 1
print(one is one if False else None is None is not False)
print(2 in [1, 2] in [[1, 2]])
print(1 not in [2] not in [[1]])
# comparison results are returned as-is for the last comparison
class R:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        print("lt", self.n, other.n)
        return "truthy" if self.n < other.n else ""
    def __repr__(self):
        return f"R({self.n})"
print(repr(R(1) < R(2)))
print(repr(R(1) < R(2) < R(3)))
print(repr(R(1) < R(0) < R(3)))
# the middle operand is evaluated once even when used twice
class Counter:
    calls = 0
    def __call__(self):
        Counter.calls += 1
        return 5
c = Counter()
print(1 < c() < 10, Counter.calls)
# errors in the middle of a chain
try:
    print(1 < 2 < "x")
except TypeError as e:
    print(type(e).__name__, e)
print(1 > 2 < "x")
# comparisons of different types
for a, b in [(1, 1.0), (1, "1"), (None, None), ([1], [1]), ((1, 2), (1, 2, 0)), ([], ())]:
    print(repr(a), repr(b), a == b, a != b)
for a, b in [(None, 0), ([1], (1,)), ({}, {}), (1j, 1j)]:
    try:
        print(a < b)
    except TypeError as e:
        print(e)

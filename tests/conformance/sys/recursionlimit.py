import sys
print(sys.getrecursionlimit())
old = sys.getrecursionlimit()
sys.setrecursionlimit(2000)
print(sys.getrecursionlimit())
for bad in (0, -5, 1.5, "10", None):
    try:
        sys.setrecursionlimit(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    sys.setrecursionlimit()
except TypeError as e:
    print(type(e).__name__, e)
try:
    sys.setrecursionlimit(2**70)
except OverflowError as e:
    print(type(e).__name__, e)
def depth(n):
    if n == 0:
        try:
            sys.setrecursionlimit(10)
        except RecursionError as e:
            return str(e).split(" at the recursion depth")[0]
        return "no error"
    return depth(n - 1)
print(depth(30))
def recurse(n):
    return recurse(n + 1)
try:
    recurse(0)
except RecursionError as e:
    print(type(e).__name__, e)
sys.setrecursionlimit(100000)
def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
print(deep(50000))
sys.setrecursionlimit(old)
def gen_rec(n):
    yield from gen_rec(n + 1)
try:
    next(gen_rec(0))
except RecursionError as e:
    print(type(e).__name__, e)
print(sys.getrecursionlimit() == old)

# deep recursion with a raised limit, RecursionError and recovery
import sys
print(sys.getrecursionlimit())
sys.setrecursionlimit(100000)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(50000))
def deep_sum(n, acc=0):
    if n == 0:
        return acc
    return deep_sum(n - 1, acc + n)
print(deep_sum(30000))
sys.setrecursionlimit(1000)
def forever(n):
    return forever(n + 1)
try:
    forever(0)
except RecursionError as e:
    print(type(e).__name__, e)
# the interpreter recovers and can recurse again
print(depth(500))
# recursion through __repr__ / __getattr__ / __eq__
class R:
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RecursionError as e:
    print("repr:", type(e).__name__)
class G:
    def __getattr__(self, name):
        return getattr(self, name)
try:
    G().missing
except RecursionError as e:
    print("getattr:", type(e).__name__)
# mutual recursion
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(800), is_odd(801))
# RecursionError is a RuntimeError
print(issubclass(RecursionError, RuntimeError))
# exceptions raised deep in the stack propagate through every frame
def raise_at(n):
    if n == 0:
        raise ValueError("bottom")
    return raise_at(n - 1)
try:
    raise_at(900)
except ValueError as e:
    tb = e.__traceback__
    count = 0
    while tb is not None:
        count += 1
        tb = tb.tb_next
    print(e, count)
# a finally block runs at every level while unwinding
unwound = 0
def with_finally(n):
    global unwound
    try:
        if n == 0:
            raise KeyError("k")
        with_finally(n - 1)
    finally:
        unwound += 1
try:
    with_finally(300)
except KeyError:
    print("unwound", unwound)
# setrecursionlimit errors
for bad in [0, -1]:
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    sys.setrecursionlimit("x")
except TypeError as e:
    print(type(e).__name__, e)
# recursion in a generator
def gen_depth(n):
    if n:
        yield from gen_depth(n - 1)
    yield n
print(sum(gen_depth(400)))

# functools: partial, reduce, cmp_to_key, lru_cache/cache with cache_info
import functools
from functools import partial, reduce, cmp_to_key
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
def f(*a, **k): return a, k
p = partial(f, 1, k=2)
print(p(2, j=3), p.func is f, p.args, p.keywords)
class P(partial): pass
t(lambda: repr(P(len)))
t(lambda: repr(partial(len)))
t(lambda: repr(partial(max, 1, key=abs)))
q = partial(p, 3, m=4)
print(q.func is f, q.args, q.keywords)
t(lambda: partial())
t(lambda: partial(1))
t(lambda: partial(func=len))
t(lambda: reduce())
t(lambda: reduce(lambda a, b: a + b, []))
t(lambda: reduce(lambda a, b: a + b, [], 5))
t(lambda: reduce(lambda a, b: a + b, [1, 2, 3]))
t(lambda: reduce(lambda a, b: a + b, 1))
t(lambda: reduce(1, [1, 2]))
t(lambda: reduce(lambda a, b: a + b, [1], initial=3))
t(lambda: cmp_to_key())
t(lambda: cmp_to_key(1)(2) < cmp_to_key(1)(3))
k = cmp_to_key(lambda a, b: a - b)
t(lambda: k(1) < k(2))
t(lambda: k(1) == 5)
t(lambda: k(1).obj)
t(lambda: type(k(1)))
t(lambda: type(k(1)).__hash__)
t(lambda: sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
class A:
    m = partial(f, 1)
print(A().m(2))
t(lambda: partial.__module__)
t(lambda: type(partial(f)).__name__)
t(lambda: partial(f).__dict__)
pp = partial(f); pp.attr = 1
t(lambda: pp.attr)
t(lambda: p.__reduce__()[0])
t(lambda: partial(f, *range(3))(*range(3, 5)))
t(lambda: functools.lru_cache(maxsize='a'))
t(lambda: functools.lru_cache(1, 2).__qualname__)
t(lambda: type(functools.lru_cache()(len)).__name__)
t(lambda: type(functools.lru_cache()(len)))
@functools.lru_cache(maxsize=2)
def sq(x):
    print("compute", x)
    return x * x
print(sq(2), sq(2), sq(3), sq(4), sq(2), sq.cache_info())
sq.cache_clear()
print(sq.cache_info(), sq.cache_parameters(), sq.__wrapped__.__name__, sq.__name__)
@functools.cache
def fib(n): return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(80), fib.cache_info())
@functools.lru_cache(typed=True)
def ty(x): return type(x).__name__
print(ty(1), ty(1.0), ty.cache_info())
t(lambda: sq(x=[]))
t(lambda: sq([]))
@functools.lru_cache(maxsize=0)
def z(x): return x
print(z(1), z(1), z.cache_info())
@functools.lru_cache(maxsize=None)
def n(x, y=2): return x
print(n(1), n(1, y=2), n(1, 2), n.cache_info())
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
# recursion through the cache counts toward the recursion limit as in CPython (two frames a level)
import sys
for n in [400, 490, 600]:
    @functools.lru_cache(maxsize=None)
    def deepfib(n): return n if n < 2 else deepfib(n - 1) + deepfib(n - 2)
    try:
        print(n, deepfib(n) % 1000)
    except RecursionError:
        print(n, 'RecursionError')
sys.setrecursionlimit(5000)
print(deepfib(1500) % 1000, type(deepfib).__name__, type(deepfib).__module__)
@functools.lru_cache(maxsize=3)
def failing(x):
    if x < 0: raise ValueError(x)
    return x
try: failing(-1)
except ValueError as e: print('raised', e)
print(failing(1), failing(1), failing.cache_info())

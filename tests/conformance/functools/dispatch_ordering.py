# functools: total_ordering, partialmethod, singledispatch, cached_property, wraps, lru_cache on methods
import functools
from functools import *
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o):
        if not isinstance(o, V): return NotImplemented
        return self.v < o.v
print(V(1) < V(2), V(1) > V(2), V(1) <= V(1), V(2) >= V(1), V.__gt__.__name__)
try: V(1) > 3
except TypeError as e: print(e)
try:
    @total_ordering
    class W: pass
except ValueError as e: print(e)
class Cell:
    def __init__(self): self._alive = False
    def set_state(self, state): self._alive = bool(state)
    set_alive = partialmethod(set_state, True)
    set_dead = partialmethod(set_state, False)
    @classmethod
    def cm(cls, a, b): return cls.__name__, a, b
    pcm = partialmethod(cm, 1)
c = Cell(); c.set_alive(); print(c._alive, Cell.pcm(2), c.pcm(3))
print(repr(Cell.__dict__['set_alive'])[:40])
@singledispatch
def fun(arg, verbose=False): return f"default {arg!r}"
@fun.register
def _(arg: int, verbose=False): return f"int {arg}"
@fun.register(list)
def _(arg, verbose=False): return f"list {arg}"
@fun.register
def _(arg: float | complex): return f"num {arg}"
print(fun("x"), fun(1), fun(True), fun([1]), fun(1.5), fun(2j), fun.dispatch(bool).__name__, fun.registry.keys() and len(fun.registry))
import collections.abc
@fun.register(collections.abc.Mapping)
def _(arg): return "mapping"
print(fun({}), fun(collections.OrderedDict()) if False else '', fun(frozenset()))
try: fun()
except TypeError as e: print(e)
try: fun.register(3)
except TypeError as e: print(e)
class A:
    @singledispatchmethod
    def m(self, arg): return "base"
    @m.register
    def _(self, arg: int): return "int"
print(A().m("s"), A().m(1))
class D:
    def __init__(self): self.calls = 0
    @cached_property
    def val(self):
        self.calls += 1
        return 42
d = D(); print(d.val, d.val, d.calls, 'val' in d.__dict__, D.val.__class__.__name__)
def deco(f):
    @wraps(f)
    def w(*a, **k): return f(*a, **k)
    return w
@deco
def documented(x: int) -> int:
    "Docs here."
    return x
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__, documented.__annotations__, documented(3))
print(functools.__all__)
p = partial(print, 1, sep='-')
p(2, 3)
print(reduce(lambda a, b: a * b, range(1, 10)), partial(int, base=2)('101'))
import collections
print(collections.Counter("aab").most_common())
@lru_cache
def f1(x): return x * 2
print(f1(2), f1.cache_info(), f1.cache_parameters())
class M:
    @lru_cache(maxsize=None)
    def meth(self, x): return x + 1
m = M(); print(m.meth(1), m.meth(1), M.meth.cache_info())

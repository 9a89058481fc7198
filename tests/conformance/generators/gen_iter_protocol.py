def g():
    yield 1
    yield 2
x = g()
print(iter(x) is x, x.__iter__() is x, x.__next__(), next(x))
print(next(x, "default"), next(x, "again"))
try:
    x.__next__()
except StopIteration as e:
    print("StopIteration", e.args)
class Container:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        for i in self.items:
            yield i * 10
c = Container([1, 2])
print(list(c), list(c), type(iter(c)).__name__)
print(iter(c).__qualname__)
class WithGenMethod:
    def values(self):
        yield from (1, 2)
    @staticmethod
    def static_gen():
        yield "static"
    @classmethod
    def class_gen(cls):
        yield cls.__name__
w = WithGenMethod()
print(list(w.values()), list(w.static_gen()), list(WithGenMethod.class_gen()), w.values().__qualname__)
import functools
def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a):
        print("  calling", fn.__name__)
        return fn(*a)
    return wrapper
@deco
def decorated(n):
    yield from range(n)
gen = decorated(2)
print(type(gen).__name__, gen.__name__, list(gen), decorated.__name__, decorated.__wrapped__.__name__)
import inspect
print(inspect.isgeneratorfunction(decorated.__wrapped__), inspect.isgeneratorfunction(decorated), inspect.isgenerator(gen))
print(decorated.__wrapped__.__code__.co_flags & 0x20 != 0)
def not_gen():
    return iter([1])
print(inspect.isgeneratorfunction(not_gen))

# * and ** unpacking in calls
def f(*args, **kwargs):
    return args, kwargs
print(f(*[1, 2], *(3,), *"ab", *range(2)))
print(f(**{"a": 1}, **{"b": 2}, c=3))
print(f(1, *[2], 3, *[4], k=1, **{"z": 0}))
print(f(*{}, **{}))
# keyword order is preserved
print(f(z=1, **{"y": 2}, x=3, **{"w": 4}))
# duplicate keywords
try:
    f(a=1, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
def g(a, b):
    return a, b
try:
    g(1, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
# non-iterables and non-mappings
try:
    f(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(*None)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**[1, 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    g(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
# a mapping with keys() and __getitem__ works for **
class M:
    def keys(self):
        print("keys called")
        return ["p", "q"]
    def __getitem__(self, k):
        print("getitem", k)
        return k * 2
print(f(**M()))
# a generator for *
def gen():
    print("gen start")
    yield 1
    yield 2
print(f(*gen()))
# evaluation order: positional, then * , then keywords, left to right
def v(x):
    print("eval", x)
    return x
def h(*a, **k):
    return a, k
print(h(v(1), *v([2, 3]), k=v(4), **v({"m": 5})))
print(h(v(1), k=v(2), *v([3])))
# dict subclass preserves
class D(dict):
    pass
print(f(**D(x=1)))
# builtins with star
print(max(*[3, 1, 2]), list(zip(*[(1, 2), (3, 4)])), "{a}-{b}".format(**{"a": 1, "b": 2}))
# too many stars for a def
def onlyk(*, k):
    return k
try:
    onlyk(*[1])
except TypeError as e:
    print(type(e).__name__, e)
# iterable whose __iter__ raises TypeError inside
class BadIter:
    def __iter__(self):
        raise TypeError("inner type error")
try:
    f(*BadIter())
except TypeError as e:
    print(type(e).__name__, e)

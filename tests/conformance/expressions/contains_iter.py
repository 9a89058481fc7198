# `in` falls back to __iter__, then to __getitem__; the old iteration protocol
class Cont:
    def __contains__(self, x):
        print("contains", x)
        return x == 1
print(1 in Cont(), 2 not in Cont())
class RetNonBool:
    def __contains__(self, x):
        return [x]
print(1 in RetNonBool(), 1 not in RetNonBool())
class ItOnly:
    def __iter__(self):
        print("iter")
        return iter([1, 2, 3])
print(2 in ItOnly(), 5 in ItOnly())
class GetItem:
    def __getitem__(self, i):
        print("getitem", i)
        if i >= 3:
            raise IndexError(i)
        return i * 10
print(20 in GetItem())
print(99 in GetItem())
print(list(GetItem()), [x for x in GetItem()])
print(tuple(GetItem()), sorted(GetItem(), reverse=True))
it = iter(GetItem())
print(type(it).__name__, next(it), next(it))
# StopIteration from __getitem__ also ends iteration
class StopGet:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
print(list(StopGet()))
# other errors propagate
class KeyGet:
    def __getitem__(self, i):
        raise KeyError(i)
try:
    list(KeyGet())
except KeyError as e:
    print("KeyError", e)
# __iter__ = None disables the fallback
class NoIter:
    __iter__ = None
    def __getitem__(self, i):
        return i
try:
    iter(NoIter())
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in NoIter()
except TypeError as e:
    print(type(e).__name__, e)
# __contains__ = None
class NoContains:
    __contains__ = None
    def __iter__(self):
        return iter([1])
try:
    1 in NoContains()
except TypeError as e:
    print(type(e).__name__, e)
# not iterable at all
for obj in [1, None, object()]:
    try:
        1 in obj
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        iter(obj)
    except TypeError as e:
        print(type(e).__name__, e)
# __iter__ returning a non-iterator
class BadIter:
    def __iter__(self):
        return [1, 2]
try:
    iter(BadIter())
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 in BadIter()
except TypeError as e:
    print(type(e).__name__, e)
# `in` for strings requires strings
try:
    1 in "abc"
except TypeError as e:
    print(type(e).__name__, e)
try:
    [] in {}
except TypeError as e:
    print(type(e).__name__, e)
print("" in "abc", "bc" in "abc", b"b" in b"abc", 98 in b"abc", [1] in [[1]], (1, 2) in {(1, 2): 0})
try:
    300 in b"abc"
except ValueError as e:
    print(type(e).__name__, e)
# the iterator protocol: __next__ on the type, StopIteration value
class Count:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration("done")
        return self.n
c = Count()
print(list(c), list(c))
try:
    next(c)
except StopIteration as e:
    print("StopIteration", e.args, e.value)
print(next(iter([]), "default"))
class NoNext:
    def __iter__(self):
        return self
try:
    for x in NoNext():
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    next(NoNext())
except TypeError as e:
    print(type(e).__name__, e)

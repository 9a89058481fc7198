# the iterator protocol in detail
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
it = Countdown(3)
print(list(it), list(it), next(it, "exhausted"))
# iter() returns the same object for iterators
c = Countdown(2)
print(iter(c) is c, iter(iter(c)) is c)
# separate iterable and iterator
class Range3:
    def __iter__(self):
        return iter([1, 2, 3])
r = Range3()
print(list(r), list(r), iter(r) is iter(r))
# iter(callable, sentinel)
vals = iter([1, 2, 3, None, 4])
print(list(iter(lambda: next(vals), None)))
try:
    iter(5, None)
except TypeError as e:
    print(type(e).__name__, e)
# StopIteration carries a value; for loops discard it
class WithValue:
    def __iter__(self): return self
    def __next__(self): raise StopIteration("the value")
for x in WithValue():
    pass
try:
    next(WithValue())
except StopIteration as e:
    print("value", e.value)
# __next__ raising another exception propagates from for
class Failing:
    def __iter__(self): return self
    def __next__(self): raise KeyError("broken iterator")
try:
    for x in Failing():
        pass
except KeyError as e:
    print(type(e).__name__, e)
# next() errors
for obj in [[1], "s", 5, None]:
    try:
        next(obj)
    except TypeError as e:
        print(type(e).__name__, e)
# builtin iterators: exhaustion is permanent, even if the source grows
l = [1]
it = iter(l)
print(list(it))
l.append(2)
print(list(it))
# list iterators see appended items while not exhausted
l = [1, 2]
it = iter(l)
next(it)
l.append(3)
print(list(it))
# __length_hint__ is used to size results but not required
class Hinted:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
    def __length_hint__(self): return 1000
print(list(Hinted()))
# reversed() of builtin sequences and of an iterator
print(list(reversed([1, 2, 3])), list(reversed("ab")), list(reversed(range(3))))
try:
    reversed(iter([1]))
except TypeError as e:
    print(type(e).__name__, e)
# iterators returned by __iter__ must have __next__
class NotIter:
    def __iter__(self): return 5
try:
    list(NotIter())
except TypeError as e:
    print(type(e).__name__, e)

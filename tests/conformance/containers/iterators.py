# builtin iterators: enumerate, zip, map, filter, reversed, iter(callable, sentinel), the
# __getitem__ sequence iterator, and their pickling helpers
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(list(enumerate('abc')), list(enumerate('abc', 10)), list(enumerate('ab', start=-1)), list(enumerate([], 5)))
print(list(enumerate('ab', 2 ** 63 - 1)), list(enumerate('ab', True)), list(enumerate(iterable='xy', start=2)))
e = enumerate('abc', 5); next(e); print(e.__reduce__()[0].__name__, e.__reduce__()[1][1], list(e))
print(list(zip('abc', [1, 2, 3])), list(zip('ab', [1, 2, 3])), list(zip()), list(zip('a')), list(zip('ab', 'cd', 'ef')))
print(list(zip('ab', [1, 2], strict=True)), list(zip(strict=True)))
show(lambda: list(zip([1, 2], [1], strict=True)))
show(lambda: list(zip([1], [1, 2], strict=True)))
show(lambda: list(zip([1], [1], [1, 2], strict=True)))
show(lambda: list(zip([1, 2], [1, 2], [1], strict=True)))
z = zip('ab', 'cd'); print(z.__reduce__()[0].__name__, len(z.__reduce__()[1]), len(zip('a', 'b', strict=True).__reduce__()))
print(list(map(abs, [-1, 2, -3])), list(map(lambda a, b: a + b, [1, 2], [10, 20, 30])), list(map(str, range(3))))
print(list(filter(None, [0, 1, '', 'a', None, [], [0]])), list(filter(lambda x: x % 2, range(10))), list(filter(bool, [0, 2])))
print(list(reversed([1, 2, 3])), list(reversed((1, 2))), list(reversed('abc')), list(reversed(range(3))), list(reversed({1: 2, 3: 4})))

class Seq:
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * 10
    def __len__(self):
        return self.n
print(list(Seq(3)), list(reversed(Seq(3))), 20 in Seq(3), 25 in Seq(3))
it = iter(Seq(3)); print(type(it).__name__, next(it), it.__length_hint__(), it.__reduce__()[2], list(it), it.__length_hint__(), it.__reduce__())
rv = reversed(Seq(4)); print(type(rv).__name__, next(rv), rv.__length_hint__(), rv.__reduce__()[2], list(rv), rv.__length_hint__(), rv.__reduce__())
class NoLen:
    def __getitem__(self, i):
        if i > 2:
            raise StopIteration
        return i
print(list(NoLen()), iter(NoLen()).__length_hint__())

calls = []
def counter():
    calls.append(1)
    return len(calls)
ci = iter(counter, 4); print(type(ci).__name__, list(ci), list(ci), ci.__reduce__()[1])
def stopper():
    raise StopIteration
print(list(iter(stopper, 1)))

li = iter([1, 2, 3]); next(li)
print(li.__length_hint__(), li.__reduce__()[1:], list(li), li.__length_hint__(), li.__reduce__()[1])
li = iter([1, 2, 3]); li.__setstate__(2); print(list(li))
li = iter([1, 2, 3]); li.__setstate__(-5); print(list(li))
lr = reversed([1, 2, 3]); next(lr); print(type(lr).__name__, lr.__length_hint__(), lr.__reduce__()[1:], list(lr), lr.__reduce__()[1])
lr = reversed([1, 2, 3]); lr.__setstate__(10); print(list(lr))
ti = iter((1, 2)); print(type(ti).__name__, ti.__reduce__()[1:], list(ti), ti.__reduce__()[1])
grow = [1, 2]
for x in grow:
    if x < 5:
        grow.append(x + 2)
print(grow)
shrink = [1, 2, 3, 4]
for x in shrink:
    shrink.remove(x)
print(shrink)

class MyEnum(enumerate):
    def __next__(self):
        i, v = super().__next__()
        return i * 100, v
print(list(MyEnum('ab')), [p for p in MyEnum('xy', 1)])
class MyZip(zip):
    pass
print(list(MyZip('ab', 'cd')), type(MyZip()).__name__)
class MyMap(map):
    def __init__(self, *args):
        print('init', len(args))
print(list(MyMap(abs, [-1])))
class Rev:
    def __reversed__(self):
        return iter('custom')
print(list(reversed(Rev())))
class NotRev:
    __reversed__ = None
    def __getitem__(self, i):
        return i
    def __len__(self):
        return 1

show(lambda: enumerate())
show(lambda: enumerate([], 1.5))
show(lambda: enumerate([], start='a'))
show(lambda: enumerate([], 1, 2))
show(lambda: enumerate(x=1))
show(lambda: enumerate(1))
show(lambda: zip(1))
show(lambda: zip([], 1))
show(lambda: zip(x=1))
show(lambda: map(abs))
show(lambda: map())
show(lambda: map(abs, [], x=1))
show(lambda: map(abs, 1))
show(lambda: list(map(abs, ['a'])))
show(lambda: filter(None))
show(lambda: filter(None, [], 1))
show(lambda: filter(x=1))
show(lambda: filter(None, 1))
show(lambda: reversed())
show(lambda: reversed(1))
show(lambda: reversed([], 1))
show(lambda: reversed(seq=[]))
show(lambda: reversed({1}))
show(lambda: reversed(NotRev()))
show(lambda: iter(1))
show(lambda: iter(1, 2))
show(lambda: next(iter(lambda: 1, 1)))
show(lambda: next(iter([])))
show(lambda: iter([]).__setstate__('a'))
show(lambda: next(enumerate([])))
show(lambda: next(zip()))
show(lambda: list(zip(Seq(2), NoLen())))

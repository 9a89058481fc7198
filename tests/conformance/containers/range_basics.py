# range: construction, len, indexing, slicing, containment, comparison, hashing, iterators
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for r in [range(5), range(2, 8), range(0, 10, 3), range(10, 0, -2), range(-5), range(5, 5), range(0, -10, -3), range(2 ** 64, 2 ** 64 + 3)]:
    print(r, len(r), list(r), bool(r), r.start, r.stop, r.step, list(reversed(r)))
r = range(0, 20, 3)
print(r[0], r[-1], r[2], r[1:4], r[::-1], r[::2], r[-2:], r[10:], r[True], list(r[::-1]), r[1:-1:2])
print(3 in r, 4 in r, 18 in r, 21 in r, -3 in r, 3.0 in r, 3.5 in r, True in range(2), 'a' in r)
print(r.index(9), r.count(9), r.count(10), r.count(9.0), r.index(True * 3), range(5).index(True))
print(range(5) == range(0, 5, 1), range(0) == range(5, 1), range(1, 2, 5) == range(1, 3, 7), range(3) != range(4), range(3) == [0, 1, 2])
print(hash(range(0)) == hash((0, None, None)), hash(range(1, 2, 5)) == hash((1, 1, None)), hash(range(1, 9, 2)) == hash((4, 1, 2)))
print(hash(range(5)) == hash(range(0, 5)), {range(3): 'x'}[range(0, 3)])
big = range(-2 ** 70, 2 ** 70, 2 ** 60)
print(len(big), big[5], big[-1], big[::-1][0], 2 ** 60 in big, 2 ** 60 + 1 in big, big.index(2 ** 61), big[1000:1:-500])
print(range(2 ** 100)[5:2 ** 99:3], range(10)[2:8:2], range(-5)[::-1], len(range(-2 ** 70, 2 ** 70, 2 ** 60)), range(2 ** 64)[-1])
print(range(1, 5).__reduce__(), range(3).__len__(), repr(range(0, 3)), repr(range(0, 3, 1)), repr(range(0, 3, 2)))
it = iter(range(1, 10, 2)); next(it)
print(it.__length_hint__(), it.__reduce__()); it.__setstate__(2); print(list(it), it.__reduce__())
it = iter(range(2 ** 64, 2 ** 64 + 5)); next(it)
print(type(it).__name__, it.__length_hint__(), it.__reduce__()); it.__setstate__(10); print(list(it))
rv = reversed(range(1, 10, 2)); print(type(rv).__name__, rv.__reduce__(), list(rv))
print(type(reversed(range(2 ** 64))).__name__, type(iter(range(2 ** 63 - 2))).__name__, type(iter(range(-2 ** 63, 0))).__name__)
print(sum(range(1000)), list(range(3, -3, -1)), [i * i for i in range(5)], list(enumerate(range(3), 1)))

show(lambda: range())
show(lambda: range(1, 2, 3, 4))
show(lambda: range(a=1))
show(lambda: range(1.5))
show(lambda: range('a'))
show(lambda: range(1, 2, 0))
show(lambda: len(range(2 ** 63)))
show(lambda: range(2 ** 64).__len__())
show(lambda: range(10)[2 ** 100])
show(lambda: range(10)[-11])
show(lambda: range(10)[10])
show(lambda: range(10)['a'])
show(lambda: range(10)[::0])
show(lambda: range(5).index(7))
show(lambda: range(5).index('a'))
show(lambda: range(5) < range(6))
show(lambda: range(5).count())
show(lambda: range(3).__contains__())
def set_start():
    range(3).start = 1
show(set_start)
class Idx:
    def __index__(self):
        return 4
print(range(Idx()), range(1, Idx()), range(10)[Idx()], list(range(10)[Idx():]))

# itertools: the iterators' results, laziness and shared-state semantics
import itertools as it
from itertools import *

print(list(islice(count(), 5)), list(islice(count(10, -3), 4)), list(islice(count(0.5, 0.25), 3)))
print(list(islice(count(2**53 - 2), 4)), list(islice(count(1, 2**60), 3)))
c = count(3)
print(next(c), next(c), c, repr(count(1, 1.0)), count(2.5), count(0, -1), count(True), count(1, True))
class MyCount(count):
    pass
print(MyCount(4), list(islice(MyCount(1, 2), 3)))
print(list(islice(cycle("ab"), 5)), list(cycle([])))
cy = cycle(iter([1, 2]))
print([next(cy) for _ in range(5)])
print(list(repeat("x", 3)), list(repeat(1, 0)), list(repeat(1, -2)), repeat(None), repeat("a", 2), list(islice(repeat(7), 3)))
r = repeat(1, 3)
next(r)
print(r, r.__length_hint__())

print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], initial=100)), list(accumulate([], initial=0)))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate("abc")), list(accumulate([1, 2], None, initial=None)))
print(list(accumulate([2, 3, 4], lambda a, b: a * b)))

print(list(chain("ab", [1, 2], ())), list(chain()), list(chain.from_iterable(["ab", "cd"])))
ch = chain([1], [2, 3])
print(next(ch), list(ch), list(ch))
gen_calls = []
def g(n):
    gen_calls.append(n)
    yield n
lazy = chain.from_iterable(g(i) for i in range(3))
print(gen_calls, next(lazy), gen_calls, list(lazy), gen_calls)

print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(compress("AB", [1, 1, 1, 1])), list(compress("ABCD", [0, 1])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, "", "a", None, []])))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(lambda *a: a, ["ab", [1]])))
tw = takewhile(lambda x: x < 3, iter([1, 2, 3, 4, 1]))
print(list(tw), list(tw))

# groupby
print([(k, list(g)) for k, g in groupby("AAAABBBCCDAABBB")])
print([k for k, g in groupby("AAAABBBCCD")])
print([(k, list(g)) for k, g in groupby([1, 2, 3, 4, 5, 6, 7], key=lambda x: x // 3)])
groups = []
uniquekeys = []
for k, g in groupby(sorted("mississippi")):
    groups.append(g)
    uniquekeys.append(k)
print(uniquekeys, [list(g) for g in groups])
gb = groupby("aabbc")
k1, g1 = next(gb)
print(k1, next(g1))
k2, g2 = next(gb)
print(k2, list(g1), list(g2))
gb = groupby("aaabbb")
k, g = next(gb)
print(next(g), next(gb)[0], list(g))
print(type(g).__name__, type(gb).__name__)

# islice
print(list(islice("ABCDEFG", 2)), list(islice("ABCDEFG", 2, 4)), list(islice("ABCDEFG", 2, None)), list(islice("ABCDEFG", 0, None, 2)))
print(list(islice(range(100), 10, 50, 15)), list(islice([], 3)), list(islice(range(5), 10)))
src = iter(range(10))
print(list(islice(src, 3)), next(src))
src = iter(range(10))
print(list(islice(src, 2, 4)), next(src))

print(list(pairwise("ABCDE")), list(pairwise("A")), list(pairwise("")))

a, b = tee(iter(range(5)))
print(next(a), next(a), next(b), list(a), list(b))
x, y, z = tee("abc", 3)
print(list(x), list(y), list(z), tee([1], 0), len(tee([1], 1)))
t1, t2 = tee(range(200))
print(sum(t1), sum(t2))
t1, = tee([1, 2], 1)
t2 = t1.__copy__()
print(next(t1), list(t2), list(t1))
a, b = tee(iter([1, 2, 3]))
c, d = tee(a)
print(c is a, type(c).__name__, list(c), list(d), list(b))

print(list(zip_longest("ABCD", "xy", fillvalue="-")), list(zip_longest("ab", [1])), list(zip_longest()))
print(list(zip_longest([], [])), list(zip_longest([1, 2], [3], [], fillvalue=0)))

print(list(product("ab", range(2))), list(product([0, 1], repeat=2)), list(product()), list(product([], [1])))
print(list(product("ab", repeat=0)), len(list(product(range(3), repeat=3))))
print(list(permutations("ABC", 2)), list(permutations(range(3))), list(permutations([], 0)), list(permutations("ab", 3)))
print(list(combinations("ABCD", 2)), list(combinations(range(4), 3)), list(combinations("ab", 0)), list(combinations("ab", 3)))
print(list(combinations_with_replacement("ABC", 2)), list(combinations_with_replacement("", 0)), list(combinations_with_replacement("", 1)))
print(len(list(permutations(range(6)))), len(list(combinations(range(10), 4))), len(list(combinations_with_replacement(range(5), 3))))
p = product("ab", "cd")
print(next(p), next(p))

# subclasses that override __next__ are honoured by native loops
class Doubler(chain):
    def __next__(self):
        return super().__next__() * 2
print(list(Doubler([1, 2], [3])), sum(Doubler([5])))
class Tagged(islice):
    pass
t = Tagged(range(10), 3)
t.tag = "x"
print(list(t), t.tag, isinstance(t, islice))

print(it.chain[int], type(it.count).__name__, it.count.__module__, it.tee.__module__)

# set and frozenset: methods, operators, comparisons, iteration order of results (int keys)
# (displays of constants are in set_display_order.py: here sets are built with set([...]))
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = set([5, 3, 1, 9, 17, 33])
print(s, len(s), 3 in s, 4 in s, sorted(s), list(s))
s.add(2); s.add(3); s.discard(9); s.discard(100); s.remove(17); print(s)
print(s.pop(), s.pop(), s)
s.update([40, 8], (64,), range(3)); print(s)
c = s.copy(); print(c, c is s, c == s)
s.clear(); print(s, len(s), bool(s))

a = set([1, 2, 3, 4, 8, 16])
b = set([3, 4, 5, 6, 32])
print(a | b, a & b, a - b, b - a, a ^ b, b ^ a)
print(a.union(b, [100]), a.intersection(b, [4, 3]), a.difference(b, {1}), a.symmetric_difference([3, 7]))
print(a.union(), a.intersection(), a.difference(), a.union(range(20, 25)), a.intersection(range(3, 10)))
print(a.issubset(a | b), a.issubset(b), a.issuperset({1, 2}), a.issuperset([1, 99]), a.isdisjoint(b), a.isdisjoint({99}), a.isdisjoint([99, 1]))
print(a < a | b, a <= a, a < a, a > {1}, a >= a, {1} < a, a == frozenset(a), a != set(a), set() < a)
x = set(a); x |= b; print(x)
x = set(a); x &= b; print(x)
x = set(a); x -= b; print(x)
x = set(a); x ^= b; print(x)
x = set(a); x.intersection_update(b, [3]); print(x)
x = set(a); x.difference_update(b, [1]); print(x)
x = set(a); x.symmetric_difference_update([1, 99]); print(x)
x = set(a); x.symmetric_difference_update({1: 0, 99: 0}); print(x)
x = set(a); x -= x; print(x)
x = set(a); x ^= x; print(x)

big = set(range(100))
small = {5, 1000}
print(small - big, big.difference(small) == set(range(100)) - {5}, small & big, big & small, small.isdisjoint(big))
print(set(range(40)) - set(range(0, 400, 2)))
d = {i: i for i in range(10)}
print(set(d), set(range(3)) - d.keys(), set(range(12)).difference(d), set(range(12)).symmetric_difference(d))

fs = frozenset([3, 1, 2])
print(fs, fs | {9}, {9} | fs, type(fs | {9}), type({9} | fs), type(fs.copy()), fs.copy() is fs, frozenset(fs) is fs)
print(frozenset(), frozenset(''), repr(frozenset({1})), frozenset([1]) == {1}, hash(frozenset()) == hash(frozenset([])))
print(hash(frozenset([1, 2, 3])), hash(frozenset()), hash(frozenset([(1, 2), 3.5, -1])), hash(frozenset(range(100))))
print({frozenset({1}): 'x'}[frozenset({1})], {1} in {frozenset({1})}, {frozenset([2])}.__contains__({2}))
ss = {frozenset({1}), frozenset({2})}; ss.remove({1}); ss.discard({2}); print(ss)

class S(set):
    pass
class F(frozenset):
    pass
print(S([1, 2]), repr(S()), F([3]), repr(F()), type(S([1]) | {2}), type(S([1]).copy()), type(F([1]).copy()), type(F([1]) & {1}))
print(S([1]) == {1}, F([1]) == frozenset([1]), hash(F([1, 2])) == hash(frozenset([1, 2])), S([1]).__reduce__(), F([1]).__reduce__())
print(set([1]).__reduce__(), frozenset().__reduce__())
r = set(); print(r.__reduce__())

nested = set([(1, 2), (3, 4), (1, 2, 3), ()])
print(nested, set([1.5, 2.5, -0.5, 1.0, 2]), set([True, 1, 1.0, False, 0]))
print({-1, -2, -3, 2 ** 62, -(2 ** 62), 2 ** 70})
t = set()
for i in range(0, 200, 7):
    t.add(i)
for i in range(0, 200, 14):
    t.discard(i)
print(t)
for i in range(1000, 1010):
    t.add(i)
print(t)
while len(t) > 5:
    t.pop()
print(t)

show(lambda: set().pop())
show(lambda: {1}.remove(2))
show(lambda: {1}.remove([]))
show(lambda: {1}.remove({2}))
show(lambda: {1}.discard([]))
show(lambda: [] in {1})
show(lambda: {1}.add([]))
show(lambda: {[]})
show(lambda: set(1))
show(lambda: set(1, 2))
show(lambda: set(a=1))
show(lambda: frozenset(1, 2))
show(lambda: frozenset(a=1))
show(lambda: set().add())
show(lambda: {1}.union(1))
show(lambda: {1} | [1])
show(lambda: {1} - [1])
show(lambda: {1} <= [1])
show(lambda: {1}.issubset([1, 2]))
show(lambda: {1}.issuperset())
show(lambda: {1}.isdisjoint(1))
show(lambda: {1}.symmetric_difference(1, 2))
show(lambda: hash(set()))
show(lambda: hash({1}))
show(lambda: {1}.__eq__(1))
show(lambda: {1}.copy(1))
show(lambda: set().__contains__())
show(lambda: set().__sizeof__() == 200)
def ior(x, y):
    x |= y
    return x
show(lambda: ior({1}, [2]))
def iter_change():
    s = set([1, 2, 3])
    for v in s:
        s.add(v + 10)
show(iter_change)
def iter_same_size():
    s = set([1, 2, 3])
    seen = []
    for v in s:
        seen.append(v)
        s.discard(v)
        s.add(v + 100)
    return seen
show(iter_same_size)
it = iter(set([1, 2, 3]))
print(it.__length_hint__(), next(it), it.__length_hint__(), it.__reduce__()[1], list(it), it.__length_hint__())
rs = set(); rs.add(frozenset()); print(rs)
class R:
    def __init__(self):
        self.s = set()
    def __repr__(self):
        return repr(self.s)
    def __hash__(self):
        return 7
rr = R(); rr.s.add(rr); print(rr.s)
dk = {(i, i * 2): i for i in range(20)}
print(set(dk), set(dk.keys()), set(dk.items()) == set(zip(dk, dk.values())))
s = set(range(5)); s.symmetric_difference_update({(1, 2): 0, (3, 4): 1, 2: 0}); print(s)

# list: construction, mutating methods, operators, comparisons and their error messages
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

l = [3, 1, 2]
print(l, len(l), l[0], l[-1], l[1:], l[::-1], l[::2], l[5:1:-2])
l.append(4); l.extend([5, 6]); l.extend((7,)); l.extend(range(8, 10)); l.extend(iter([10])); print(l)
l.insert(0, 0); l.insert(-1, 'x'); l.insert(100, 'end'); l.insert(-100, 'start'); print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove(10); print(l)
print(l.index(5), l.index(5, 2), l.index(5, -9, -1), l.count(5), 5 in l, 50 in l)
l.reverse(); print(l)
l.sort(); print(l)
l.sort(reverse=True); print(l)
l.sort(key=lambda x: -x); print(l)
print(l.copy(), l.copy() is l, l.copy() == l)
l.clear(); print(l)

print([1, 2] + [3], [1] * 3, 3 * [1], [] * 5, [1, 2] * -1, [1, 2] * 0)
a = [1]; b = a; a += (2, 3); a *= 2; print(a, a is b)
a *= 0; print(a, b)
a = [1, 2]; a += a; print(a)
print([1, 2] < [1, 3], [1, 2] == [1, 2], [1] != [1.0], [1, 2] >= [1], [] < [0], [1, [2]] == [1, [2]])
print([1, 2, 3] > [1, 2], [2] > [1, 5], [float('nan')] == [float('nan')])
n = float('nan'); print([n] == [n], n in [n], [n].count(n), [n].index(n))

r = [1]; r.append(r); print(r, repr(r))
t = [[], []]; t[0].append(t); print(t)

print(list(), list([]), list('abc'), list((1, 2)), list({1: 2}), list(range(3)), list(x * 2 for x in range(3)))
class L(list):
    pass
y = L([1, 2]); y.append(3)
print(y, type(y), type(y[:]), type(y + y), type(y * 2), type(y.copy()), len(y), y == [1, 2, 3])
class M(list):
    def __init__(self, *args):
        print('init', args)
        super().__init__(*args)
print(M([5, 6]))

s = ['b', 'A', 'a', 'B']
print(sorted(s), sorted(s, key=str.lower), sorted(s, key=str.lower, reverse=True))
print(sorted([(1, 'b'), (1, 'a'), (0, 'z')]), sorted([3, 1.5, 2, True, -1]))
print(sorted([[2, 1], [1, 2], [1]]), sorted(['', 'a', 'aa', 'b']))

show(lambda: [].pop())
show(lambda: [1].pop(5))
show(lambda: [1].pop(-2))
show(lambda: [1].pop('a'))
show(lambda: [1].pop(1.0))
show(lambda: [1].remove(2))
show(lambda: [1].index(2))
show(lambda: [1, 2, 3].index(3, 0, 2))
show(lambda: [1].index(1, 'a'))
show(lambda: [1].index(1, None))
show(lambda: [1].index())
show(lambda: [1] < 1)
show(lambda: [1] + (1,))
show(lambda: [1] + None)
show(lambda: [1] * 2.0)
show(lambda: [1] * 'a')
show(lambda: 'a' * [1])
show(lambda: [1].__mul__(2.0))
show(lambda: [1].__add__((1,)))
show(lambda: [].__iadd__(1))
show(lambda: [1] * (2 ** 63))
show(lambda: hash([]))
show(lambda: list(1, 2))
show(lambda: list(a=1))
show(lambda: list(1))
show(lambda: [].append())
show(lambda: [].append(1, 2))
show(lambda: [].append(x=1))
show(lambda: [].extend())
show(lambda: [].insert(0))
show(lambda: [].insert(1.5, 0))
show(lambda: [].insert(2 ** 70, 0))
show(lambda: [].count())
show(lambda: [].copy(1))
show(lambda: [].clear(1))
show(lambda: [].reverse(1))
show(lambda: [].__reversed__(1))
show(lambda: [1, 2].__contains__(2))
show(lambda: [].__sizeof__() > 0)
show(lambda: list.__hash__)
show(lambda: list.append([], 1))
show(lambda: list.append((), 1))

class Radd:
    def __radd__(self, other):
        return 'radd'
    def __rmul__(self, other):
        return 'rmul'
print([1] + Radd(), [1] * Radd())
z = [1]; z += Radd(); print(z)
class Idx:
    def __index__(self):
        return 2
print([1, 2] * Idx(), Idx() * [3], [0, 1, 2, 3][Idx()], [0, 1, 2, 3][Idx():])

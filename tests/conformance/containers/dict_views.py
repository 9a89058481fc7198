# dict views: keys/values/items, set operations, comparisons, reversed, mapping, repr
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

d = {1: 'a', 2: 'b', 3: 'c'}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i, len(k), len(v), len(i), list(k), list(v), list(i))
print(2 in k, 5 in k, 'a' in v, 'z' in v, (1, 'a') in i, (1, 'b') in i, [1, 'a'] in i, (1,) in i)
print(list(reversed(k)), list(reversed(v)), list(reversed(i)))
print(k.mapping, i.mapping['1' == '1' and 1], type(k).__name__, type(v).__name__, type(i).__name__)
d[4] = 'd'; print(k, v, i)
del d[4]

print(k & {2, 3, 4}, {2, 3, 4} & k, k | [5], [5] | k, k - {1}, {1, 9} - k, k ^ {1, 9}, [1, 9] ^ k)
print(k & d.keys(), k | d.keys(), k - k, k ^ k, k & [1, 2], k & iter([3]))
print(sorted(i & {(1, 'a'), (2, 'x')}), sorted(i | {(9, 9)}), sorted(i - {(1, 'a')}), sorted(i ^ {(1, 'a'), (9, 9)}))
print(sorted(i ^ {4: 5, 1: 'a'}.items()), sorted({4: 5, 1: 'a'}.items() ^ i), k & i, i & k)
print(k == {1, 2, 3}, k == [1, 2, 3], k != {1}, k < {1, 2, 3, 4}, k <= k, k > {1}, k >= {1, 2, 3}, k < k)
print(i == {(1, 'a'), (2, 'b'), (3, 'c')}, i > {(1, 'a')}, k == d.keys(), {1, 2, 3} == k, frozenset([1, 2, 3]) == k)
print(k.isdisjoint([4]), k.isdisjoint([1]), k.isdisjoint(k), {}.keys().isdisjoint({}.keys()), i.isdisjoint([(1, 'a')]), k.isdisjoint({5, 6, 7, 8}))
print(v == v, v == d.values(), v != v)
print(type(hash(v)).__name__, repr(d.keys()), repr(d.values()), repr(d.items()))

show(lambda: hash(k))
show(lambda: hash(i))
show(lambda: k & 1)
show(lambda: k | 1)
show(lambda: k - 1)
show(lambda: k ^ 1)
show(lambda: v & {1})
show(lambda: k < 1)
show(lambda: k.isdisjoint(1))
show(lambda: k.isdisjoint())
show(lambda: [] in k)
show(lambda: ([], 1) in i)
show(lambda: k.__contains__())

rec = {}
rec[1] = rec.values()
print(rec)
rec2 = {}
rec2['k'] = rec2.items()
print(rec2)

it = iter(k)
print(it.__length_hint__(), next(it), it.__length_hint__(), it.__reduce__()[1], list(it), it.__length_hint__())
rit = reversed(i)
print(next(rit), rit.__length_hint__(), list(rit))

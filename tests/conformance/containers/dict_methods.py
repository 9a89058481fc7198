# dict: construction, methods, operators, errors
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

d = {'b': 1, 'a': 2}
d['c'] = 3; d['b'] = 10; print(d, len(d), d['a'], 'a' in d, 'z' in d, d.get('z'), d.get('z', 0), d.get('a', 0))
del d['a']; print(d)
d['a'] = 4; print(d, list(d))
print(d.pop('b'), d.pop('zz', 'dflt'), d)
print(d.setdefault('c', 99), d.setdefault('n'), d)
print(d.popitem(), d.popitem(), d)
d.update({'x': 1}, y=2); d.update([('z', 3)]); d.update(w=4); print(d)
print(d.copy(), d.copy() is d, d == d.copy(), dict(d) == d)
d.clear(); print(d, len(d), bool(d))

print(dict(), dict(a=1, b=2), dict([('a', 1)], b=2), dict({1: 2}, a=3), dict(zip('abc', range(3))), dict([[1, 2], (3, 4), 'xy']))
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0), dict.fromkeys(range(3), []), dict.fromkeys({1: 2, 3: 4}), dict.fromkeys({5, 6}))
print({1: 'a', 1.0: 'b', True: 'c'}, {0: 1}[-0.0], {1.5: 'x'}[1.5], {(1, 2): 3}[(1, 2)], {None: 1}[None], {'a': 1} == {'a': 1.0})
print({1: 2} | {3: 4}, {1: 2} | {1: 3}, {1: 2, **{3: 4}}, {**{'a': 1}, 'a': 2})
e = {1: 2}; e |= {3: 4}; e |= [(5, 6)]; print(e)
print({1: 1} == {1: 1}, {1: 1} != {1: 2}, {1: 1} == {2: 1}, {1: 1} == [1], {} == {}, {1: [1]} == {1: [1]})
n = float('nan'); print({n: 1} == {n: 1}, {1: n} == {1: n}, n in {n: 1})

r = {}; r['self'] = r; print(r, repr(r))
big = {i: str(i) for i in range(30)}
for i in range(0, 30, 3):
    del big[i]
print(big, len(big))
big[0] = 'new'; print(list(big)[-3:], big.popitem(), len(big))

class D(dict):
    def __missing__(self, key):
        return f'missing {key!r}'
dd = D(a=1)
print(dd['a'], dd['zz'], dd.get('zz'), 'zz' in dd, dd, type(dd), type(dd.copy()), type(dd | {}), D.fromkeys('ab', 0), type(D.fromkeys('a')))
class E(dict):
    def __setitem__(self, key, value):
        print('setitem', key, value)
        super().__setitem__(key, value)
ee = E.fromkeys('ab', 1); print(ee)
ee.update(c=3); print(ee)
class Mapping:
    def keys(self):
        print('keys called')
        return ['k1', 'k2']
    def __getitem__(self, key):
        print('getitem', key)
        return key.upper()
print(dict(Mapping()), {}.update(Mapping()))
class KeysNotIterable:
    def keys(self):
        return 5
    def __getitem__(self, key):
        return 1

show(lambda: dict(KeysNotIterable()))
show(lambda: {}['x'])
show(lambda: {}[[]])
show(lambda: {[]: 1})
show(lambda: {}.popitem())
show(lambda: {}.pop([]))
show(lambda: {1: 2}.pop([]))
show(lambda: {}.pop('k'))
show(lambda: {}.pop(1, 5))
show(lambda: {}.get())
show(lambda: {}.get(1, 2, 3))
show(lambda: {}.setdefault())
show(lambda: dict(1, 2))
show(lambda: dict([1]))
show(lambda: dict(['a']))
show(lambda: dict([(1, 2, 3)]))
show(lambda: dict([(1, 2), (3,)]))
show(lambda: dict(1))
show(lambda: {}.update(1, 2))
show(lambda: {}.update([(1, 2)], x=3))
show(lambda: {1: 2} | [(3, 4)])
show(lambda: dict.__or__({}, 1))
show(lambda: {1: 1} < {1: 1})
show(lambda: {}.keys(1))
show(lambda: dict.fromkeys())
show(lambda: dict.fromkeys(1))
show(lambda: hash({}))
show(lambda: {}.__getitem__())
show(lambda: {}.__contains__())
show(lambda: {}.__setitem__(1))
show(lambda: {}.__delitem__(1))
def delete(d, k):
    del d[k]
show(lambda: delete({}, 'gone'))
show(lambda: {}.__sizeof__() > 0)
show(lambda: {'a': 1}.__reversed__().__class__.__name__)
show(lambda: list(reversed({'a': 1, 'b': 2})))

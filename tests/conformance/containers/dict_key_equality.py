# dict and set lookups: keys equal across types (1 == 1.0 == True), user keys whose __eq__/__hash__
# agree with builtin keys, NaN, -0.0, huge ints and floats, and how often __hash__/__eq__ run
class Key:
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        print('hash', self.v)
        return hash(self.v)
    def __eq__(self, other):
        print('eq', self.v, other)
        if isinstance(other, Key):
            other = other.v
        return self.v == other
    def __repr__(self):
        return f'Key({self.v!r})'

d = {1: 'int', 'a': 'str', 2.5: 'float'}
print(d[Key(1)], d[Key('a')], d[Key(2.5)], Key(3) in d, d.get(Key('zz')))
d[Key(1)] = 'replaced'; print(d)
d2 = {Key(1): 'k'}
print(d2[1], 1 in d2, d2.get(1.0), d2.get(True), 2 in d2)
d2[1] = 'via int'; print(d2)
del d2[1]; print(d2)
d3 = {Key('x'): 1, Key((1, 2)): 2}
print(d3['x'], d3[(1, 2)], (1, 2) in d3)
s = {1, 'a'}
print(Key(1) in s, Key('a') in s, Key('b') in s)
s2 = {Key(5)}
print(5 in s2, 5.0 in s2, 6 in s2)
print({1: 'a', 1.0: 'b', True: 'c'}, {0: 'z', 0.0: 'y', False: 'x', -0.0: 'w'}, {2 ** 60: 1, float(2 ** 60): 2}, {2 ** 53 + 1: 1, float(2 ** 53 + 1): 2})
n = float('nan')
dn = {n: 1}
print(dn[n], float('nan') in dn, len({float('nan'): 1, float('nan'): 2}), len({n: 1, n: 2}))
print({(1, 2): 'a'}[(1.0, 2.0)], {(1, (2, 3)): 'b'}[(True, (2.0, 3))], {frozenset([1]): 'f'}[frozenset([1.0])])
class HashOnce:
    count = 0
    def __hash__(self):
        HashOnce.count += 1
        return 42
hh = HashOnce()
dd = {hh: 1}
dd[hh] = 2
x = dd[hh]
del dd[hh]
print('hash calls', HashOnce.count)
ss = set()
ss.add(hh); ss.discard(hh); ss.add(hh); ss.remove(hh)
print('hash calls', HashOnce.count)
class Unhashable:
    __hash__ = None
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
show(lambda: {Unhashable(): 1})
show(lambda: {}.get(Unhashable()))
show(lambda: Unhashable() in {1: 2})
show(lambda: Unhashable() in {1})
show(lambda: {1}.add(Unhashable()))
class BadHash:
    def __hash__(self):
        return 'x'
show(lambda: {BadHash(): 1})
class BigHash:
    def __hash__(self):
        return 2 ** 100
print(hash(BigHash()) == hash(2 ** 100), type(hash(BigHash())).__name__)

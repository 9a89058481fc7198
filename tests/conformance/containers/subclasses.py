# Subclasses of the builtin containers: instance attributes, __slots__, overridden methods,
# what builtin operations return, and which overrides builtin code honours
class L(list):
    __slots__ = ('tag',)
x = L([3, 1, 2]); x.tag = 'T'
x.sort(); print(x, x.tag, type(x).__name__, type(x[:]).__name__, isinstance(x, list), len(x))
class L2(list):
    def __iter__(self):
        return iter(['overridden'])
    def __len__(self):
        return 99
y = L2([1, 2])
print(list(y), [*y], len(y), y[0], list.__len__(y), sorted(y), tuple(y), set(y))
class D(dict):
    def __getitem__(self, key):
        return 'D:' + str(key)
    def keys(self):
        return ['virtual']
d = D(a=1)
print(d['a'], d.get('a'), dict(d), {**d}, list(d), d.extra if hasattr(d, 'extra') else 'no extra')
d.extra = 5; print(d.__dict__, d)
class D2(dict):
    def __iter__(self):
        return iter(['k'])
    def __getitem__(self, key):
        return 'item ' + key
    def keys(self):
        return ['k']
print(dict(D2(z=1)), {}.update(D2(z=1)))
class S(set):
    __slots__ = ('n',)
    def __repr__(self):
        return 'S' + set.__repr__(self)
s = S([1, 2]); s.n = 7
print(s, s.n, s | {3}, type(s | {3}).__name__, type(s.copy()).__name__, s == {1, 2}, {1, 2} == s)
class F(frozenset):
    def __new__(cls, *args):
        print('F.__new__', args)
        return super().__new__(cls, *args)
f = F([1, 2]); print(f, type(f).__name__, hash(f) == hash(frozenset([1, 2])), f | {3}, type(f & {1}).__name__)
class T(tuple):
    def __repr__(self):
        return 'T' + tuple.__repr__(self)
t = T((1, 2)); print(t, t + (3,), t[::-1], type(t[::-1]).__name__, {t: 1}[(1, 2)])
class Counter(dict):
    def __missing__(self, key):
        return 0
c = Counter()
for ch in 'abracadabra':
    c[ch] += 1
print(sorted(c.items()), c['z'], 'z' in c)
class Ordered(list):
    def append(self, v):
        super().append(v)
        self.sort()
o = Ordered(); o.append(3); o.append(1); o.append(2); print(o)
class Eq(list):
    def __eq__(self, other):
        return True
print(Eq([1]) == [2], [2] == Eq([1]), [Eq()] == [[1, 2]])

# copy/deepcopy with memo, __copy__/__deepcopy__, the reduction protocol (copyreg) for instances, slots, subclasses of builtins
import copy, copyreg
class P:
    def __init__(self, x): self.x = x; self.l = [x]
    def __repr__(self): return f"P({self.x}, {self.l})"
p = P(1)
c = copy.copy(p); d = copy.deepcopy(p)
print(c, d, c.l is p.l, d.l is p.l)
print(p.__reduce_ex__(2)[0].__name__, p.__reduce_ex__(2)[1][0].__name__, p.__reduce_ex__(2)[2:])
r = p.__reduce_ex__(0); print(r[0].__name__, r[1:])
class S:
    __slots__ = ('a', 'b', '__c')
    def __init__(self): self.a = 1; self.b = [2]; self.__c = 3
s = S(); s2 = copy.deepcopy(s)
print(s2.a, s2.b, s2.b is s.b, s.__getstate__())
class S2(S):
    __slots__ = ('d',)
s3 = S2(); s3.d = 4
print(s3.__getstate__(), copyreg._slotnames(S2))
l = [1, [2, 3]]; l.append(l)
m = copy.deepcopy(l); print(m[1] is l[1], m[2] is m, len(m))
t = (1, [2]); print(copy.deepcopy(t) is t, copy.copy(t) is t)
class CC:
    def __copy__(self): return "copied"
    def __deepcopy__(self, memo): return "deep"
print(copy.copy(CC()), copy.deepcopy(CC()), copy.deepcopy([CC()]))
import collections
od = collections.OrderedDict(a=[1]); od2 = copy.deepcopy(od); print(od2, od2['a'] is od['a'])
dd = collections.defaultdict(list, a=[1]); print(copy.deepcopy(dd), copy.copy(dd))
dq = collections.deque([[1]], maxlen=3); dq2 = copy.deepcopy(dq); print(dq2, dq2[0] is dq[0])
Pt = collections.namedtuple('Pt', 'x y'); print(copy.deepcopy(Pt([1], 2)), copy.copy(Pt(1, 2)))
class L(list): pass
ll = L([1, [2]]); ll.attr = 5; ll2 = copy.deepcopy(ll); print(ll2, type(ll2).__name__, ll2.attr)
class D(dict): pass
dd2 = copy.deepcopy(D(a=[1])); print(dd2, type(dd2).__name__)
class I(int): pass
print(copy.copy(I(5)), type(copy.deepcopy(I(5))).__name__)
print(copy.deepcopy({1: {2: [3]}}), copy.copy({1, 2}), copy.deepcopy(frozenset({1})))
import functools
pp = functools.partial(max, 1, key=abs); print(copy.copy(pp).args, copy.deepcopy(pp).keywords)
print(copy.copy(int | str), copy.deepcopy(list[int]))
class Bad:
    def __reduce_ex__(self, p): raise TypeError("no")
try: copy.copy(Bad())
except TypeError as e: print(e)
class NS:
    __slots__ = ('a',)
    def __init__(self): self.a = 1
print(NS().__reduce_ex__(2)[2])
try: NS().__reduce_ex__(1)
except TypeError as e: print(e)
print(copy.copy(print), copy.deepcopy(P))
import itertools
print(list(copy.copy(itertools.count(3)).__reduce__()[1]))
class WithState:
    def __init__(self): self.a = 1
    def __getstate__(self): return {'a': 99}
    def __setstate__(self, st): self.__dict__.update(st); self.restored = True
w = copy.copy(WithState()); print(w.a, w.restored)
print(object().__reduce_ex__(2)[0].__name__)
try: (lambda: 1).__reduce_ex__(2)
except TypeError as e: print(e)
class Plain: pass
print(type(copy.copy(Plain())).__name__, copy.copy(collections.deque([1, 2])), copy.copy(itertools.count(5)))

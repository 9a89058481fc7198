import weakref


class Obj:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"Obj({self.n})"

    def method(self):
        return self.n * 2


# WeakValueDictionary
d = weakref.WeakValueDictionary()
objs = [Obj(i) for i in range(5)]
for o in objs:
    d[o.n] = o
print(len(d), sorted(d.keys()), sorted(v.n for v in d.values()), 3 in d, d.get(3), d.get(9, "dflt"))
del objs[1]
print(len(d), sorted(d), 1 in d)
try:
    d[1]
except KeyError as e:
    print("KeyError", e)
objs.clear()
print(len(d), list(d.items()))
a = Obj("a")
d["a"] = a
print(d.setdefault("a", Obj("b")), d.pop("a"), len(d), d.pop("zz", None))
d.update({"x": a}, y=a)
print(sorted(d), sorted(d.copy()), len(d.valuerefs()))
for k in list(d.keys()):
    pass
del a
print(len(d), dict(d))
# WeakKeyDictionary
wk = weakref.WeakKeyDictionary()
k1, k2 = Obj(1), Obj(2)
wk[k1] = "one"
wk[k2] = "two"
print(len(wk), wk[k1], k2 in wk, sorted(wk.values()), wk.get(Obj(3)))
del k1
print(len(wk), [k.n for k in wk.keys()])
print(wk.setdefault(k2, "x"), wk.pop(k2), len(wk))
# WeakSet
s = weakref.WeakSet()
items = [Obj(i) for i in range(4)]
for it in items:
    s.add(it)
print(len(s), items[0] in s, Obj(9) in s)
items.pop()
print(len(s), sorted(x.n for x in s))
s2 = weakref.WeakSet(items[:2])
print(s2 <= s, s >= s2, len(s - s2), len(s | s2), len(s & s2), s2.issubset(s))
s.discard(items[0])
print(len(s))
try:
    weakref.WeakSet().pop()
except KeyError as e:
    print("KeyError", e)
# iteration while an element dies
holder = [Obj(i) for i in range(3)]
ws = weakref.WeakSet(holder)
seen = 0
for x in ws:
    holder.clear()
    seen += 1
print(seen, len(ws))
# WeakMethod
o = Obj(21)
wm = weakref.WeakMethod(o.method)
print(wm()(), wm() == o.method, wm == weakref.WeakMethod(o.method))
calls = []
wm2 = weakref.WeakMethod(o.method, lambda r: calls.append("dead"))
del o
print(wm(), calls)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError", e)
# finalize
log = []
t = Obj("t")
f = weakref.finalize(t, log.append, "finalized")
print(f.alive, f.atexit, f.peek()[1:] if f.peek() else None)
del t
print(f.alive, log, f(), f.peek(), f.detach())
t2 = Obj("t2")
f2 = weakref.finalize(t2, lambda: "called")
print(f2(), f2.alive, f2())
t3 = Obj("t3")
f3 = weakref.finalize(t3, log.append, "t3 at exit")
f3.atexit = True
# ref / proxy
r = weakref.ref(t3)
print(r() is t3, weakref.getweakrefcount(t3) >= 1, weakref.ReferenceType is weakref.ref)
p = weakref.proxy(t3)
print(p.n, type(p).__name__, isinstance(p, weakref.ProxyTypes), p == t3, bool(p))
p.extra = 5
print(t3.extra, p.method())
lst = [1, 2, 3]


class L(list):
    pass


ll = L([1, 2, 3])
pl = weakref.proxy(ll)
print(len(pl), pl[0], list(pl), 2 in pl, pl + [4], pl * 2)
pl += [9]
print(ll)
cb_log = []
q = weakref.proxy(Obj("gone"), lambda pr: cb_log.append(type(pr).__name__))
print(cb_log)
try:
    q.n
except ReferenceError as e:
    print("ReferenceError", e)
try:
    hash(p)
except TypeError as e:
    print("TypeError", e)
fp = weakref.proxy(Obj.method)
print(type(fp).__name__, fp(Obj(4)))
print("end")

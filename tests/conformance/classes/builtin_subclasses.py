# subclassing builtins: which operations use the overrides
class MyList(list):
    def __getitem__(self, i):
        return ("custom", super().__getitem__(i))
    def __len__(self):
        return 100
    def __iter__(self):
        return iter(["iter override"])
ml = MyList([1, 2, 3])
print(ml[0], len(ml), list(ml), [x for x in ml], sorted(ml), ml == [1, 2, 3], str(ml), ml + [4], type(ml + [4]).__name__)
print(bool(MyList()), tuple(ml), max(ml), 2 in ml, ml.index(2), ml.count(1), list.__len__(ml))
class MyDict(dict):
    def __getitem__(self, k):
        return "override"
    def keys(self):
        return ["only"]
md = MyDict(a=1)
print(md["a"], md.get("a"), dict(md), {**md}, list(md), md.keys(), md == {"a": 1})
def kw(**k): return k
print(kw(**md))
class MyStr(str):
    def __str__(self):
        return "custom str"
    def upper(self):
        return "custom upper"
s = MyStr("abc")
print(s, str(s), f"{s}", "%s" % s, s + "d", type(s + "d").__name__, s.upper(), s.lower(), type(s.lower()).__name__, repr(s))
class MyInt(int):
    def __add__(self, o):
        return "custom add"
    def __str__(self):
        return "custom int"
mi = MyInt(5)
print(mi + 1, 1 + mi, mi * 2, type(mi * 2).__name__, str(mi), repr(mi), f"{mi}", "%d" % mi, mi == 5, hash(mi) == hash(5), sum([mi, 1]))
print(int(mi), type(int(mi)).__name__, float(mi), [10, 20, 30, 40, 50, 60][mi])
class MyTuple(tuple):
    def __new__(cls, *items):
        return super().__new__(cls, items)
t = MyTuple(1, 2)
print(t, type(t).__name__, t + (3,), type(t + (3,)).__name__, t[0], len(t), t == (1, 2))
class MySet(set): pass
ms = MySet([1, 2])
print(sorted(ms | {3}), type(ms | {3}).__name__, type(ms.copy()).__name__, ms == {1, 2})
class MyFloat(float):
    def __repr__(self):
        return "MyFloat!"
mf = MyFloat(1.5)
print(mf, [mf], mf + 1, type(mf + 1).__name__, str(mf), f"{mf:.2f}")
# __init__ of list subclasses and extra attributes
class Tagged(list):
    def __init__(self, items, tag):
        super().__init__(items)
        self.tag = tag
tg = Tagged([1], "t")
print(tg, tg.tag, tg.__dict__)
class Bad(list):
    def __init__(self):
        pass
print(Bad(), len(Bad()))

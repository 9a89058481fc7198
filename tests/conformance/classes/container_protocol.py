# a user container: __len__, __getitem__, __setitem__, __delitem__, __iter__, __reversed__, __contains__
class Seq:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Seq(*self.items[i])
        return self.items[i]
    def __setitem__(self, i, v):
        self.items[i] = v
    def __delitem__(self, i):
        del self.items[i]
    def __repr__(self):
        return f"Seq{tuple(self.items)}"
s = Seq(1, 2, 3, 4)
print(len(s), s[0], s[-1], s[1:3], list(s), 3 in s, 9 in s, list(reversed(s)), sorted(s, reverse=True))
s[0] = 10
del s[1]
print(s, bool(s), bool(Seq()), [x * 2 for x in s], sum(s), max(s), min(s), list(enumerate(s)), list(zip(s, "abc")))
a, b, c = s
print(a, b, c, *s)
print(s.__iter__ if hasattr(s, "__iter__") else "no __iter__: old protocol", iter(s).__class__.__name__)
# __reversed__ and __contains__ overrides
class Custom(Seq):
    def __reversed__(self):
        return iter(["custom reversed"])
    def __contains__(self, x):
        return x == "always"
c = Custom(1, 2)
print(list(reversed(c)), "always" in c, 1 in c)
# reversed() requires __len__ and __getitem__
class NoLen:
    def __getitem__(self, i):
        return i
try:
    reversed(NoLen())
except TypeError as e:
    print(type(e).__name__, e)
class RevNone(Seq):
    __reversed__ = None
try:
    reversed(RevNone(1))
except TypeError as e:
    print(type(e).__name__, e)
# len() errors
class NegLen:
    def __len__(self):
        return -5
for obj in [NegLen(), 5, object()]:
    try:
        len(obj)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
# a mapping-like class used with ** and dict()
class Mapping:
    def keys(self):
        return ["a", "b"]
    def __getitem__(self, k):
        return k.upper()
print(dict(Mapping()), {**Mapping()})

# user objects as dict keys and set members: __eq__/__hash__ consistency
class Key:
    def __init__(self, k, h=None):
        self.k = k
        self.h = h
    def __eq__(self, other):
        print(f"eq {self.k}=={getattr(other, 'k', other)}")
        return isinstance(other, Key) and self.k == other.k
    def __hash__(self):
        return hash(self.k) if self.h is None else self.h
    def __repr__(self):
        return f"Key({self.k})"
d = {Key("a"): 1}
print(d[Key("a")])
print(Key("b") in d)
# same hash, different keys: __eq__ decides
d = {Key("x", 1): "x", Key("y", 1): "y"}
print(len(d), d[Key("y", 1)])
# identity shortcut: the same object is found without __eq__
k = Key("same")
s = {k}
print(k in s)
# a key mutated after insertion can no longer be found by equal keys
m = Key("m")
d = {m: 1}
m.k = "changed"
print(Key("m") in d, Key("changed") in d, m in d)
# objects equal to ints with the same hash
class IntLike:
    def __eq__(self, o):
        return o == 1
    def __hash__(self):
        return hash(1)
d = {1: "int one"}
print(d[IntLike()], IntLike() in {1, 2}, {1: "a", IntLike(): "b"})
# unhashable user objects
class NoHash:
    def __eq__(self, o):
        return True
try:
    {NoHash(): 1}
except TypeError as e:
    print(type(e).__name__, e)
try:
    NoHash() in {1}
except TypeError as e:
    print(type(e).__name__, e)
print(NoHash() in [1], [NoHash()].index(5))
# __hash__ returning a huge int is reduced
class Big:
    def __hash__(self):
        return 2 ** 100
print(hash(Big()) == hash(2 ** 100), hash(Big()) < 2 ** 64)
# __eq__ raising during a lookup propagates
class Raises:
    def __eq__(self, o):
        raise RuntimeError("eq failed")
    def __hash__(self):
        return 7
class Same7:
    def __hash__(self):
        return 7
d = {Same7(): 1}
try:
    d[Raises()]
except RuntimeError as e:
    print(type(e).__name__, e)

# subscription protocol: __getitem__/__setitem__/__delitem__, keys of every shape, __missing__
class Log:
    def __getitem__(self, k):
        print("get", repr(k))
        return k
    def __setitem__(self, k, v):
        print("set", repr(k), v)
    def __delitem__(self, k):
        print("del", repr(k))
o = Log()
o[0]; o[-1]; o["k"]; o[1, 2]; o[1:2]; o[::2]; o[1:2, 3]; o[...]; o[()]; o[None]; o[:, None]; o[[1]]
o[0] = "a"; o[1:3] = "b"; o[..., 0] = "c"
del o[5]; del o[:]; del o[1, 2]
# augmented subscript with a slice
o[1:2] += 1 if False else 0
# dict subclass __missing__
class Counter(dict):
    def __missing__(self, key):
        print("missing", key)
        return 0
c = Counter(a=1)
print(c["a"], c["b"], "b" in c, c.get("b"), c)
class NoMissing(dict): pass
try:
    NoMissing()["x"]
except KeyError as e:
    print(type(e).__name__, e)
# __missing__ is looked up on the type
d = NoMissing()
d.__missing__ = lambda k: "instance"
try:
    d["x"]
except KeyError as e:
    print("instance __missing__ ignored:", e)
# errors for non-subscriptable objects
for obj, key in [(1, 0), (None, 0), (len, 0), (object(), "k")]:
    try:
        obj[key]
    except TypeError as e:
        print(type(e).__name__, e)
for obj in [(1, 2), "str", frozenset()]:
    try:
        obj[0] = 1
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        del obj[0]
    except TypeError as e:
        print(type(e).__name__, e)
# type subscription: __class_getitem__ or a metaclass __getitem__
try:
    int[1]
except TypeError as e:
    print(type(e).__name__, e)
print(list[int], dict[str, list[int]])
# index errors and key errors
for expr in ["[1][5]", "[][-1]", "(1,)[3]", "'ab'[9]", "{}['k']", "{1: 2}[(1,)]", "range(3)[3]", "b'x'[2]"]:
    try:
        eval(expr)
    except (IndexError, KeyError) as e:
        print(expr, "->", type(e).__name__, e)
# a KeyError with a tuple key shows the tuple
try:
    {}[(1, 2)]
except KeyError as e:
    print(repr(e), e.args)

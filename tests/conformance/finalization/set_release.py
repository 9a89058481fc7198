class K:
    def __init__(self, name, h):
        self.name = name
        self.h = h
    def __hash__(self):
        return self.h
    def __eq__(self, other):
        return self is other
    def __del__(self):
        print("  del", self.name)
print("set dealloc releases entries in table order")
s = {K("h3", 3), K("h1", 1), K("h2", 2)}
del s
print("set.clear")
s = {K("c9", 9), K("c4", 4)}
s.clear()
print("set.discard / remove / pop")
a = K("a", 5)
b = K("b", 6)
s = {a, b, K("c", 7)}
del a
s.discard(next(x for x in s if x.name == "a"))
s.remove(b)
del b
s.pop()
print("  after pop")
print("frozenset dealloc")
f = frozenset([K("f2", 2), K("f1", 1)])
del f
print("set difference_update")
s = {K("d1", 1), K("d2", 2)}
s -= set(s)
print("  after -=")
print("end")

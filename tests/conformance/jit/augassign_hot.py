# Augmented and plain assignments to items and attributes, run often enough (> 64 times) that
# pyframe generates code for them: results, aliasing and errors must not change.
def items(n):
    lst = [0, 0.5, "a", [1], (1,)]
    d = {"k": 0, 1: 2.5}
    alias = lst[3]
    for i in range(n):
        lst[0] += i
        lst[1] *= 1.01
        lst[-3] += "b" if i % 50 == 0 else ""
        lst[3] += [i] if i % 40 == 0 else []   # list += is in place: the alias sees it
        lst[4] += (i,) if i % 45 == 0 else ()
        d["k"] -= i
        d[1] /= 1.5
        lst[0] = lst[0] % 1000003
    print(lst[0], round(lst[1], 6), lst[2], alias is lst[3], alias, lst[4], d)

def errors(n):
    lst = [1, 2, 3]
    d = {"a": 1}
    caught = []
    for i in range(n):
        k = i % 5
        try:
            lst[k] += 1
        except IndexError as e:
            caught.append(("index", k, str(e)))
        try:
            d["a" if k else "b"] += 1
        except KeyError as e:
            caught.append(("key", repr(e)))
        try:
            lst[0] += "x" if i == n - 1 else 0
        except TypeError as e:
            caught.append(("type", str(e)))
    print(lst, d, len(caught), caught[:3], caught[-1])

class Box:
    def __init__(self):
        self.v = 0
        self.f = 0.0

class Slotted:
    __slots__ = ("v",)
    def __init__(self):
        self.v = 0

class Logged:
    def __init__(self):
        object.__setattr__(self, "log", [])
        object.__setattr__(self, "v", 0)
    def __setattr__(self, name, value):
        self.log.append(name)
        object.__setattr__(self, name, value)

def attrs(n):
    b, s, g = Box(), Slotted(), Logged()
    for i in range(n):
        b.v += i
        b.f += 0.25
        s.v += 2
        g.v += 1
        b.w = i
    print(b.v, b.f, b.w, s.v, g.v, len(g.log))

class Weird(list):
    def __getitem__(self, i):
        return 100
    def __setitem__(self, i, v):
        list.__setitem__(self, i, v + 1)

def subclass(n):
    w = Weird([0, 0])
    for i in range(n):
        w[0] += 1
    print(list(w))

items(300)
errors(200)
attrs(300)
subclass(100)

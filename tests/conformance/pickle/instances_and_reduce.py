# Instances of Python classes: object.__reduce_ex__ at each protocol, __getstate__/__setstate__,
# __slots__, __getnewargs(_ex)__, __reduce__ with list/dict items, nested and recursive objects.
import pickle


class Plain:
    def __init__(self):
        self.a = 1
        self.b = [1, 'x']

    def __eq__(self, other):
        return type(other) is Plain and self.__dict__ == other.__dict__


class Outer:
    class Inner:
        pass


class Slotted:
    __slots__ = ('x', 'y')

    def __init__(self):
        self.x = 5


class State:
    def __init__(self, v):
        self.v = v

    def __getstate__(self):
        return {'v': self.v * 10}

    def __setstate__(self, state):
        self.v = state['v'] + 1


class KwNew:
    def __new__(cls, a, *, b):
        self = object.__new__(cls)
        self.a, self.b = a, b
        return self

    def __getnewargs_ex__(self):
        return (self.a,), {'b': self.b}


class Args(tuple):
    def __getnewargs__(self):
        return (tuple(self),)


class Bag:
    def __init__(self):
        self.items = []
        self.map = {}

    def __reduce__(self):
        return (Bag, (), {'tag': 't'}, iter(self.items), iter(self.map.items()))

    def append(self, x):
        self.items.append(x)

    def __setitem__(self, k, v):
        self.map[k] = v


class L(list):
    pass


class D(dict):
    pass


def show(obj, protos=range(6)):
    for proto in protos:
        data = pickle.dumps(obj, proto)
        print(proto, data)
        yield pickle.loads(data)


for back in show(Plain()):
    print('  ', back == Plain(), back.b)
for back in show(Outer.Inner):
    print('  ', back is Outer.Inner)
for back in show(Slotted(), range(2, 6)):
    print('  ', back.x, hasattr(back, 'y'))
for back in show(State(1)):
    print('  ', back.v)
for back in show(KwNew(1, b=2), range(2, 6)):
    print('  ', back.a, back.b)
for back in show(Args((1, 2))):
    print('  ', back, type(back).__name__)
b = Bag()
b.append(1)
b.append(2)
b['k'] = 'v'
for back in show(b, (0, 2, 4)):
    print('  ', back.items, back.map, back.__dict__.get('tag'))
for back in show(L([1, 2])):
    print('  ', back, type(back).__name__)
for back in show(D(a=1)):
    print('  ', back, type(back).__name__)

# shared and recursive structures keep their shape
shared = [1]
a = [shared, shared]
a.append(a)
for back in show(a, (0, 2, 5)):
    print('  ', back[0] is back[1], back[2] is back)
t = ([],)
t[0].append(t)
for back in show(t, (1, 3)):
    print('  ', back[0][0] is back)
d = {}
d['self'] = d
for back in show(d, (0, 4)):
    print('  ', back['self'] is back)

try:
    pickle.dumps(Slotted(), 1)
except TypeError as e:
    print(type(e).__name__, e)

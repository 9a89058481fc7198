import weakref


class C:
    def __init__(self, v=1):
        self.v = v



class F(C):
    def __call__(self):
        return self.v


c = C()
p = weakref.proxy(c)
print(type(p).__name__, type(p).__module__, type(p) is weakref.ProxyType)
print(type(weakref.proxy(c)) is weakref.ProxyType)
f = F()
print(type(weakref.proxy(f)).__name__, weakref.CallableProxyType.__qualname__)
try:
    hash(weakref.proxy(f))
except TypeError as e:
    print('TypeError', e)
for name in ('ReferenceType', 'ProxyType', 'CallableProxyType', 'WeakMethod',
             'WeakKeyDictionary', 'WeakValueDictionary'):
    obj = getattr(weakref, name)
    print(name, obj.__module__, obj.__name__, obj.__qualname__)

# callback-less proxies are shared, proxies with callbacks are not
print(p is weakref.proxy(c), p is weakref.proxy(c, None))
events = []
p2 = weakref.proxy(c, lambda pr: events.append('cb'))
print(p2 is p, weakref.getweakrefcount(c))
r1 = weakref.ref(c)
r2 = weakref.ref(c)
print(r1 is r2, weakref.getweakrefcount(c))
del p
print(weakref.getweakrefcount(c))
p3 = weakref.proxy(c)
print(weakref.getweakrefcount(c), p3.v)
try:
    hash(p3)
except TypeError as e:
    print('TypeError', e)

# next() on a proxy to a non-iterator
not_an_iterator = lambda: 0
try:
    next(weakref.proxy(not_an_iterator))
except TypeError as e:
    print('TypeError', e)
it = (x for x in [4, 5, 6])


class IteratesWeakly:
    def __iter__(self):
        return weakref.proxy(it)


print(list(IteratesWeakly()))

del c
print(events, weakref.getweakrefcount(C()))
try:
    p3.v
except ReferenceError as e:
    print('ReferenceError', e)
d = F(5)
print(weakref.proxy(d)(), weakref.proxy(d) is weakref.proxy(d))

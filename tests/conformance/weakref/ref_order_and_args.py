# weakref.ref: argument checks of __new__/__init__; the order of an object's weak references (the shared
# basic reference first, each other one inserted after it) in getweakrefs(), __weakref__ and callbacks.
import weakref
class C: pass
c = C()
for f in [lambda: weakref.ref(c, callback=None), lambda: weakref.ref(c).__init__(0,0,0,0,0), lambda: weakref.ref(), lambda: weakref.ref(c, None, 3), lambda: weakref.ref(c).__init__(c, None, k=1), lambda: weakref.ref(c).__init__()]:
    try: f(); print('ok')
    except TypeError as e: print(e)
class MyRef(weakref.ref): pass
o = C()
r1 = MyRef(o); r2 = weakref.ref(o); r3 = MyRef(o); r4 = weakref.ref(o, lambda r: print('cb4')); r5 = MyRef(o, lambda r: print('cb5'))
names = {id(r1):'r1',id(r2):'r2',id(r3):'r3',id(r4):'r4',id(r5):'r5'}
print([names[id(x)] for x in weakref.getweakrefs(o)], weakref.getweakrefcount(o))
print(o.__weakref__ is r2, weakref.ref(o) is r2)
del r2
print([names[id(x)] for x in weakref.getweakrefs(o)])
r6 = weakref.ref(o)
print(o.__weakref__ is r6, len(weakref.getweakrefs(o)))
del o
p = C()
a = weakref.ref(p, lambda r: print("a"))
b = weakref.ref(p, lambda r: print("b"))
basic = weakref.ref(p)
c2 = weakref.ref(p, lambda r: print("c"))
del p

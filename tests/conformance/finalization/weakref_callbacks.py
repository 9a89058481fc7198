# weak reference callbacks run when the referent's count reaches zero (the weakref module is
# built on _weakref; this case uses _weakref directly)
import _weakref
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  __del__", self.name)

def cb(ref):
    print("  callback, ref is dead:", ref() is None)

print("weakref callback runs when the referent dies")
o = T("o")
r = _weakref.ref(o, cb)
print(r() is o, _weakref.getweakrefcount(o))
del o
print("after del", r())

print("order: __del__ first, then the callbacks (newest first)")
o = T("multi")
r1 = _weakref.ref(o, lambda ref: print("  cb1"))
r2 = _weakref.ref(o, lambda ref: print("  cb2"))
o = None
print("after drop")

print("a weakref that dies first never calls back")
o = T("o2")
r = _weakref.ref(o, lambda ref: print("  never"))
del r
del o

print("weakrefs without callbacks are shared")
o = T("shared")
a = _weakref.ref(o)
b = _weakref.ref(o)
print(a is b, a == b, _weakref.getweakrefcount(o))
del o
print(a() is None, a == b)

print("callback exceptions are unraisable")
o = T("bad cb")
r = _weakref.ref(o, lambda ref: 1 / 0)
del o
print("continues")

print("end")

# A weakref.ref subclass whose __init__ takes keyword arguments: ref.__new__ ignores keywords,
# ref.__init__ refuses them.
import weakref
class Object:
    pass
class MyRef(weakref.ref):
    def __init__(self, ob, callback=None, value=42):
        self.value = value
        super().__init__(ob, callback)
    def __call__(self):
        self.called = True
        return super().__call__()
o = Object()
mr = MyRef(o, value=24)
print(mr() is o, mr.called, mr.value, mr.__callback__)
mr2 = MyRef(o, lambda r: print("cb"), value=1)
print(mr2.value, len(weakref.getweakrefs(o)))
try:
    weakref.ref(o, callback=None)
except TypeError as e:
    print(e)
del o
print(mr(), mr2())

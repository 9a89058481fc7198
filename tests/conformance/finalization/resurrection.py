# PEP 442: __del__ runs at most once per object, even when the object is resurrected
saved = []
class Phoenix:
    calls = 0
    def __init__(self, name):
        self.name = name
    def __del__(self):
        Phoenix.calls += 1
        print("__del__", self.name, "call", Phoenix.calls)
        saved.append(self)

p = Phoenix("p")
del p
print("resurrected:", [o.name for o in saved])
saved.clear()
print("dropped again: no second __del__, calls =", Phoenix.calls)

# resurrection through a global name
keeper = None
class Global:
    def __del__(self):
        global keeper
        print("Global.__del__")
        keeper = self
g = Global()
g = None
print("keeper set:", type(keeper).__name__)
keeper = None
print("keeper cleared")

# the resurrected object keeps its state and references
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("T.__del__", self.name)
class Holder:
    def __init__(self):
        self.child = T("child")
    def __del__(self):
        print("Holder.__del__, child alive:", self.child.name)
        saved.append(self)
h = Holder()
h = None
print("holder saved, child still alive")
print(saved[0].child.name)
saved.clear()
print("after clearing: child released")

# resurrecting by storing on a class attribute; __del__ of a subclass overriding
class Base:
    def __del__(self):
        print("Base.__del__", type(self).__name__)
class Derived(Base):
    def __del__(self):
        print("Derived.__del__")
        super().__del__()
d = Derived()
del d
print("end")

# __del__ called via an explicit call is just a method call
class Explicit:
    def __del__(self):
        print("Explicit.__del__")
e = Explicit()
e.__del__()
print("explicit call done")
del e
print("after del")

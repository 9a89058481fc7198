class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  del", self.name)

print("instance __dict__ released in insertion order")
class Holder:
    pass
h = Holder()
h.first = T("first attr")
h.second = T("second attr")
h.third = T("third attr")
del h

print("__slots__ released in slot order")
class Slotted:
    __slots__ = ("a", "b", "c")
s = Slotted()
s.c = T("slot c")
s.a = T("slot a")
s.b = T("slot b")
del s

print("slots before __dict__")
class Mixed:
    __slots__ = ("slot", "__dict__")
m = Mixed()
m.attr = T("dict attr")
m.slot = T("slot value")
del m

print("attribute overwrite releases the old value")
h = Holder()
h.x = T("old x")
h.x = T("new x")
print("  after overwrite")
del h.x
print("  after del h.x")
del h

print("__del__ of the holder runs before its attributes are released")
class Owner:
    def __init__(self):
        self.part = T("owned part")
    def __del__(self):
        print("  Owner.__del__ sees", self.part.name)
o = Owner()
del o

print("__init__ raising: the half-built object is released")
class Fails:
    def __init__(self):
        self.part = T("partial")
        raise ValueError("init failed")
    def __del__(self):
        print("  Fails.__del__")
try:
    Fails()
except ValueError:
    print("  caught")

print("class attribute replaced")
class K:
    attr = T("class attr v1")
K.attr = T("class attr v2")
print("  after replacement")
del K.attr
print("  after del")
print("end")

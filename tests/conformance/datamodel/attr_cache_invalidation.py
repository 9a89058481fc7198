# Attribute reads and stores in hot loops keep seeing class changes made between iterations.
class Plain:
    kind = "class attr"

# each site runs past the point where pyframe generates code for it
def read_all(objs):
    for _ in range(100):
        r = [o.kind for o in objs]
    return r

def store_all(objs, v):
    for _ in range(100):
        for o in objs:
            o.val = v

objs = [Plain() for _ in range(3)]
for round_ in range(4):
    print(round_, read_all(objs))
    if round_ == 0:
        objs[1].kind = "instance attr"
    elif round_ == 1:
        Plain.kind = property(lambda self: "property")
    elif round_ == 2:
        Plain.kind = "new class attr"

class Desc:
    def __get__(self, obj, owner=None):
        return "desc get"

class WithDesc:
    d = Desc()

w = WithDesc()
w.__dict__["d"] = "instance value"
def read_d(w):
    for _ in range(100):
        r = w.d
    return r

for i in range(3):
    print(i, read_d(w))
    if i == 0:
        Desc.__set__ = lambda self, obj, value: print("desc set", value)
    w.d = i

class Base:
    pass

class Sub(Base):
    pass

s = Sub()
for i in range(4):
    store_all([s], i)
    print(i, s.__dict__, getattr(s, "extra", None))
    if i == 1:
        Base.__setattr__ = lambda self, name, value: object.__setattr__(self, name, value * 10)
    if i == 2:
        Base.extra = "inherited"

class Other:
    def method(self):
        return "other method"

class First:
    def method(self):
        return "first method"

x = First()
def call_method(x):
    for _ in range(100):
        r = x.method()
    return r

for i in range(3):
    print(i, call_method(x))
    x.__class__ = Other if i == 0 else First

class Meta(type):
    pass

class WithClassAttr:
    tag = Meta("Tag", (), {})

t = WithClassAttr()
for i in range(2):
    print(i, getattr(t.tag, "__name__", t.tag))
    Meta.__get__ = lambda self, obj, owner=None: "meta get"

# object.__dir__ reads __dict__ and __class__ as attributes: a bound method lists its
# function's attributes, and an object can present another class (or a class-like object
# with __dict__/__bases__) through __class__.

class F:
    def method(self):
        pass

F.method.tag = 7
bound = F().method
print([n for n in dir(bound) if not n.startswith("__")])

class Base:
    def from_base(self):
        pass

class Shown(Base):
    shown_attr = 1

class Proxy:
    own = 0
    @property
    def __class__(self):
        return Shown

p = Proxy()
p.instance_attr = 2
print([n for n in dir(p) if not n.startswith("__")])

class FakeClass:
    def __init__(self, names, bases=()):
        self.__dict__.update(dict.fromkeys(names))
        self.__bases__ = bases

class Pretender:
    @property
    def __class__(self):
        return FakeClass(["alpha", "beta"], (FakeClass(["gamma"]),))

print([n for n in dir(Pretender()) if not n.startswith("__")])

class NoDict:
    __slots__ = ("x",)

nd = NoDict()
nd.x = 1
print([n for n in dir(nd) if not n.startswith("__")])

class OddDict:
    @property
    def __dict__(self):
        return ["not", "a", "dict"]
    visible = 1

print([n for n in dir(OddDict()) if not n.startswith("__")])

class Base:
    def __init__(self, a, b=2):
        self.a, self.b = a, b
    def method(self, x):
        return (self.a, x)
class Child(Base):
    def __init__(self, a):
        Base.__init__(self, a, b=5)
    def method(self, x):
        return ("child",) + Base.method(self, x)
c = Child(1)
print(c.a, c.b, c.method(9), Base.method(c, 3))
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print("TypeError:", e)
class NoArgs:
    pass
try:
    NoArgs(1)
except TypeError as e:
    print("TypeError:", e)
class WithInit:
    def __init__(self, x):
        self.x = x
try:
    WithInit()
except TypeError as e:
    print("TypeError:", e)
try:
    WithInit(1, 2)
except TypeError as e:
    print("TypeError:", e)
print(WithInit(x=3).x, type(WithInit(4)).__name__)
class Seq:
    def __init__(self, *items, **kw):
        self.items = items
        self.kw = kw
s = Seq(1, 2, k=3)
print(s.items, s.kw)
class Fact:
    @classmethod
    def make(cls, v):
        return cls(v)
    def __init__(self, v):
        self.v = v
class SubFact(Fact):
    pass
print(type(SubFact.make(1)).__name__, SubFact.make(2).v)
bound = c.method
print(bound(7), bound.__self__ is c, bound.__func__ is Child.method)
print(type(Child.__init__).__name__, type(c.method).__name__)

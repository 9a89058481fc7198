class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} makes a sound"
    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"
class Dog(Animal):
    kind = "dog"
    def speak(self):
        return super().speak() + " (woof)"
d = Dog("rex")
print(d, d.speak(), d.kind, Animal.kind)
print(isinstance(d, Animal), issubclass(Dog, Animal), type(d) is Dog)
print(Dog.__mro__)
print(Dog.__name__, Dog.__qualname__, Dog.__module__, Dog.__bases__)
print(Animal.__dict__["kind"], "speak" in Dog.__dict__)
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
print(p.x, p.y)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    Point.__new__(Point).x
except AttributeError as e:
    print("AttributeError:", e)
class A:
    def m(self):
        return "A"
class B(A):
    def m(self):
        return "B" + super().m()
class C(A):
    def m(self):
        return "C" + super().m()
class D(B, C):
    def m(self):
        return "D" + super().m()
print(D().m(), [k.__name__ for k in D.__mro__])
try:
    class X(A, B):
        pass
except TypeError as e:
    print("TypeError:", e)
class Empty:
    pass
e = Empty()
e.a = 1
print(e.__dict__, vars(e))
try:
    Empty().missing
except AttributeError as e:
    print("AttributeError:", e)
try:
    Empty(1)
except TypeError as e:
    print("TypeError:", e)
class WithNew:
    def __new__(cls, *args):
        print("new", args)
        return super().__new__(cls)
    def __init__(self, *args):
        print("init", args)
WithNew(1, 2)
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
Counter(); Counter()
print(Counter.count)
print(type(Counter), type(type), type(object), object.__bases__)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["added"] = kw.get("flag", 0)
        return super().__new__(mcls, name, bases, ns)
    def __call__(cls, *a):
        print("meta call", cls.__name__)
        return super().__call__(*a)
class UsesMeta(metaclass=Meta, flag=7):
    pass
print(UsesMeta.added, type(UsesMeta).__name__)
UsesMeta()
class Base:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
        super().__init_subclass__()
class Child(Base, option=1):
    pass
class Named:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
class HasNamed:
    attr = Named()

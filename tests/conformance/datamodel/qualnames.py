# __qualname__ and __name__ of nested classes and functions
class Outer:
    class Inner:
        class Deepest:
            def method(self): pass
        def method(self):
            def local(): pass
            return local
    def method(self):
        class LocalClass:
            def m(self): pass
        return LocalClass
    @staticmethod
    def static(): pass
    @classmethod
    def cls(cls): pass
    lam = lambda self: None
def func():
    def inner():
        class C:
            def m(self): pass
        return C
    return inner
print(Outer.__qualname__, Outer.Inner.__qualname__, Outer.Inner.Deepest.__qualname__, Outer.Inner.Deepest.method.__qualname__)
print(Outer.Inner().method().__qualname__, Outer().method().__qualname__, Outer().method().m.__qualname__)
print(Outer.static.__qualname__, Outer.cls.__qualname__, Outer.lam.__qualname__)
print(func.__qualname__, func().__qualname__, func()().__qualname__, func()().m.__qualname__)
print([(lambda: 0) for _ in range(1)][0].__qualname__, (lambda: (lambda: 0))().__qualname__)
gen = (x for x in [])
print(gen.__qualname__, gen.__name__)
def g():
    return [lambda: 0 for _ in range(1)][0]
print(g().__qualname__)
# global declaration resets the qualname prefix
def outer_global():
    global GlobalFunc
    def GlobalFunc(): pass
    class GlobalClass: pass
    return GlobalClass
outer_global()
print(GlobalFunc.__qualname__, outer_global().__qualname__)
# __qualname__ is writable on classes and functions
class W: pass
W.__qualname__ = "Renamed.W"
print(W.__qualname__, W.__name__, repr(W))
try:
    W.__qualname__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    W.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
W.__name__ = "NewName"
print(W.__name__, repr(W))
# __qualname__ in the class body must be a str
try:
    class Bad:
        __qualname__ = 5
except TypeError as e:
    print(type(e).__name__, e)
class Custom:
    __qualname__ = "Some.Custom"
print(Custom.__qualname__, "__qualname__" in Custom.__dict__)
# mangled private names in nested classes
class Mangler:
    __private = "private"
    class Nested:
        __secret = "secret"
    def get(self):
        return self.__private, Mangler.Nested._Nested__secret
print(Mangler().get(), sorted(k for k in Mangler.__dict__ if "private" in k))
print(type.__qualname__, int.__qualname__, len.__qualname__, [].append.__qualname__, str.join.__qualname__, object.__init__.__qualname__)

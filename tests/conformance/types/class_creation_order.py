# the order of the hooks run when a class is created and instantiated
class Desc:
    def __set_name__(self, owner, name):
        print("  __set_name__", owner.__name__, name)
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("  __prepare__", name, kw)
        return {"injected": True}
    def __new__(mcls, name, bases, ns, **kw):
        print("  Meta.__new__", name, sorted(k for k in ns if not k.startswith("__")))
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("  Meta.__init__", name)
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kw):
        print("  Meta.__call__", cls.__name__, args)
        return super().__call__(*args, **kw)
class Base(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        print("  Base.__init_subclass__", cls.__name__, kw)
print("defining Child")
class Child(Base, flag=1):
    print("  class body runs, injected =", injected)
    d = Desc()
    def __new__(cls, *args):
        print("  Child.__new__", args)
        return super().__new__(cls)
    def __init__(self, *args):
        print("  Child.__init__", args)
print("instantiating")
c = Child(1, 2)
print("__new__ returning another type skips __init__")
class Other:
    def __init__(self):
        print("  Other.__init__ (not called)")
class Weird:
    def __new__(cls):
        print("  Weird.__new__")
        return Other.__new__(Other)
    def __init__(self):
        print("  Weird.__init__ (not called)")
print(" ", type(Weird()).__name__)
print("__init__ returning a value")
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print(" ", type(e).__name__, e)
print("__set_name__ raising")
class BadDesc:
    def __set_name__(self, owner, name):
        raise ValueError("nope")
try:
    class Holder:
        attr = BadDesc()
except RuntimeError as e:
    print(" ", type(e).__name__, e, "cause:", repr(e.__cause__))
except ValueError as e:
    print("  ValueError", e)
print("__init_subclass__ with unexpected keyword")
try:
    class Strict(flag=1):
        pass
except TypeError as e:
    print(" ", type(e).__name__, e)
print("__prepare__ returning a non-mapping")
class BadPrep(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5
try:
    class X(metaclass=BadPrep):
        pass
except TypeError as e:
    print(" ", type(e).__name__, e)
print("metaclass is a plain function")
def factory(name, bases, ns):
    print("  factory", name, bases)
    return 42
class F(object, metaclass=factory):
    pass
print(" ", F)

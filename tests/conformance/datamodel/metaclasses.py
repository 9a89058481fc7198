# metaclasses: __new__/__init__/__call__/__prepare__, conflicts, inheritance
log = []
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        log.append(("prepare", name, [b.__name__ for b in bases], kw))
        ns = {"injected": "by prepare"}
        return ns
    def __new__(mcls, name, bases, ns, **kw):
        log.append(("new", name, sorted(k for k in ns if not k.startswith("__")), kw))
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        log.append(("init", name, kw))
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        log.append(("call", cls.__name__, args))
        return super().__call__(*args, **kwargs)
class Base(metaclass=Meta, flag=1):
    x = 1
    def __init__(self, v=None):
        self.v = v
print(log); log.clear()
b = Base(5)
print(b.v, Base.injected, type(Base).__name__, log); log.clear()
class Child(Base):
    pass
print(type(Child).__name__, log); log.clear()
# a custom namespace from __prepare__ (an ordered record of assignments)
class Recorder(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, k, v):
        self.order.append(k)
        super().__setitem__(k, v)
class RecMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return Recorder()
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.order = [k for k in ns.order if not k.startswith("__")]
        return cls
class Rec(metaclass=RecMeta):
    b = 1
    a = 2
    def m(self): pass
    b = 3
print(Rec.order, Rec.b)
# __prepare__ must return a mapping
class BadPrepare(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return 5
try:
    class X(metaclass=BadPrepare): pass
except TypeError as e:
    print(type(e).__name__, e)
# metaclass conflict
class M1(type): pass
class M2(type): pass
class A1(metaclass=M1): pass
class A2(metaclass=M2): pass
try:
    class Conflict(A1, A2): pass
except TypeError as e:
    print(type(e).__name__, e)
# the most derived metaclass wins
class M3(M1): pass
class A3(metaclass=M3): pass
class Derived(A1, A3): pass
print(type(Derived).__name__)
# a function as metaclass
def func_meta(name, bases, ns):
    return f"made {name} from {sorted(k for k in ns if not k.startswith('__'))}"
class NotAClass(metaclass=func_meta):
    y = 1
print(NotAClass)
# type(name, bases, dict)
T = type("T", (Base,), {"z": 3, "__module__": "mod"})
print(T.__name__, T.__qualname__, T.__module__, T.z, T.x, type(T).__name__, T.__mro__[1].__name__)
print(type("E", (), {}).__bases__, type(5), type(type))
for args in [("N",), ("N", ()), ("N", (), {}, 1), (1, (), {}), ("N", [], {}), ("N", (), [])]:
    try:
        type(*args)
    except TypeError as e:
        print(len(args), type(e).__name__, e)
try:
    type("N", (1,), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type("N", (bool,), {})
except TypeError as e:
    print(type(e).__name__, e)
# metaclass methods are visible on the class, not on instances
class MM(type):
    def meta_method(cls):
        return f"meta_method of {cls.__name__}"
    @property
    def meta_prop(cls):
        return "meta prop"
class UsesMM(metaclass=MM): pass
print(UsesMM.meta_method(), UsesMM.meta_prop, hasattr(UsesMM(), "meta_method"))
# __call__ on the metaclass can bypass __init__
class Singleton(type):
    _inst = {}
    def __call__(cls, *a):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a)
        return cls._inst[cls]
class One(metaclass=Singleton):
    def __init__(self):
        print("One.__init__ ran")
print(One() is One())
# keyword arguments go to __init_subclass__ when the metaclass is type
class Plain:
    def __init_subclass__(cls, **kw):
        print("init_subclass kw:", kw)
class Sub(Plain, opt="value"): pass
try:
    class Bad(object, unknown=1): pass
except TypeError as e:
    print(type(e).__name__, e)
# __class__ of a class and isinstance with metaclasses
print(isinstance(Base, Meta), isinstance(Base, type), issubclass(Meta, type), type(Meta) is type)

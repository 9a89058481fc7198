from _check import check
check("type one arg", lambda: type(1))
check("type of type", lambda: type(type))
check("type three args", lambda: type("X", (), {"a": 1}))
X = type("X", (int,), {"double": lambda self: self * 2, "__module__": "mod"})
check("dynamic class", lambda: (X(21).double(), X.__name__, X.__qualname__, X.__module__, X.__bases__))
check("default module", lambda: type("Y", (), {}).__module__)
check("qualname in ns", lambda: type("Z", (), {"__qualname__": "Outer.Z"}).__qualname__)
check("bad qualname", lambda: type("Z", (), {"__qualname__": 1}))
check("type two args", lambda: type("X", ()))
check("type name not str", lambda: type(1, (), {}))
check("type bases not tuple", lambda: type("X", [], {}))
check("type dict not dict", lambda: type("X", (), []))
check("type bad base", lambda: type("X", (1,), {}))
check("type final base", lambda: type("X", (bool,), {}))
check("type no args", lambda: type())
check("type four args", lambda: type("X", (), {}, 1))
check("type kw", lambda: type(object=1))
check("type layout conflict", lambda: type("X", (int, str), {}))
check("type mro conflict", lambda: type("X", (object, int), {}))
check("type duplicate base", lambda: type("X", (int, int), {}))
check("empty bases means object", lambda: type("E", (), {}).__bases__)
check("name with null", lambda: type("a\x00b", (), {}))
check("__slots__ via type", lambda: type("S", (), {"__slots__": ("a",)})().__class__.__name__)
check("__doc__", lambda: type("D", (), {"__doc__": "docstring"}).__doc__)
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("  Meta.__new__", name, sorted(k for k in ns if not k.startswith("__")), kw)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print("  Meta.__init__", name)
        super().__init__(name, bases, ns)
class WithMeta(metaclass=Meta, flag=True):
    attr = 1
check("metaclass type", lambda: type(WithMeta).__name__)
check("type(x) of metaclass instance", lambda: type(WithMeta))
check("meta via type()", lambda: type(Meta("N", (), {})).__name__)
class Derived(WithMeta):
    pass
check("derived metaclass", lambda: type(Derived).__name__)
class M1(type): pass
class M2(type): pass
class A1(metaclass=M1): pass
class A2(metaclass=M2): pass
check("metaclass conflict", lambda: type("C", (A1, A2), {}))
check("type.__call__ non-type", lambda: type.__call__(5))
check("type.__new__ non-type", lambda: type.__new__(int, "x", (), {}))
check("type __name__ assignment", lambda: (setattr(X, "__name__", "Renamed"), X.__name__, X.__qualname__))
check("type __name__ non-str", lambda: setattr(X, "__name__", 5))
check("type __name__ null", lambda: setattr(X, "__name__", "a\x00"))
check("builtin __name__", lambda: setattr(int, "__name__", "x"))
check("type __qualname__ assign", lambda: (setattr(X, "__qualname__", "Q.R"), X.__qualname__, X.__name__))
check("type __qualname__ non-str", lambda: setattr(X, "__qualname__", None))
check("type __module__ assign", lambda: (setattr(X, "__module__", "m2"), repr(X)))
check("builtin type attr set", lambda: setattr(list, "x", 1))
check("del __name__", lambda: delattr(X, "__name__"))

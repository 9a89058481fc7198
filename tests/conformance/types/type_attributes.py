from _check import check
class A:
    "A doc"
    x = 1
class B(A):
    pass
class C(A):
    pass
class D(B, C):
    pass
check("__mro__", lambda: [k.__name__ for k in D.__mro__])
check("mro()", lambda: [k.__name__ for k in D.mro()])
check("__bases__", lambda: D.__bases__)
check("__base__", lambda: (D.__base__, A.__base__, object.__base__))
check("__subclasses__", lambda: [k.__name__ for k in A.__subclasses__()])
check("__subclasses__ of int has bool", lambda: bool in int.__subclasses__())
check("__name__/__qualname__", lambda: (D.__name__, D.__qualname__))
check("__module__", lambda: D.__module__)
check("__doc__", lambda: (A.__doc__, B.__doc__))
check("__dict__ type", lambda: type(A.__dict__).__name__)
check("__dict__ keys", lambda: sorted(k for k in A.__dict__))
check("__dict__ readonly", lambda: A.__dict__.__setitem__("y", 2))
check("set class attr", lambda: (setattr(A, "y", 2), D.y))
check("del class attr", lambda: (delattr(A, "y"), hasattr(D, "y")))
check("del missing", lambda: delattr(A, "zz"))
check("bases assignment", lambda: (setattr(D, "__bases__", (C,)), [k.__name__ for k in D.__mro__]))
check("bases assignment empty", lambda: setattr(D, "__bases__", ()))
check("bases assignment non-class", lambda: setattr(D, "__bases__", (1,)))
check("bases assignment cycle", lambda: setattr(A, "__bases__", (D,)))
check("builtin bases assign", lambda: setattr(int, "__bases__", (object,)))
check("__mro__ readonly", lambda: setattr(A, "__mro__", ()))
check("__base__ readonly", lambda: setattr(A, "__base__", object))
check("type __dict__ has __dict__", lambda: "__dict__" in A.__dict__)
check("__weakref__", lambda: "__weakref__" in A.__dict__)
check("nested qualname", lambda: type("X", (), {}).__qualname__)
def f():
    class Local:
        class Inner:
            pass
    return Local
check("local qualname", lambda: (f().__qualname__, f().Inner.__qualname__))
check("__class__ of class", lambda: (A.__class__, type(A)))
check("__instancecheck__", lambda: type.__instancecheck__(A, D()))
check("__subclasscheck__", lambda: type.__subclasscheck__(A, D))
check("__text_signature__", lambda: A.__text_signature__)
check("__annotations__", lambda: type("An", (), {"__annotations__": {"a": int}}).__annotations__)
class Ann:
    a: int
    b: str = "x"
check("class annotations", lambda: Ann.__annotations__)
check("no annotations", lambda: A.__annotations__)
check("__abstractmethods__", lambda: A.__abstractmethods__)
check("__prepare__", lambda: type.__prepare__("X", ()))
check("type repr", lambda: (repr(A), repr(int), repr(type)))
check("builtin __module__", lambda: (int.__module__, type(len).__module__))
check("vars(type) mappingproxy", lambda: type(vars(int)).__name__)
check("dir(A) has x", lambda: "x" in dir(D))
check("type.__call__", lambda: type.__call__(A).__class__.__name__)
check("__init_subclass__ hook", lambda: type("S", (type("P", (), {"__init_subclass__": classmethod(lambda cls, **kw: print("  init_subclass", cls.__name__, kw))}),), {}, ) and None)

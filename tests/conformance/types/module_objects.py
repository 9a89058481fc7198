from _check import check
import sys
M = type(sys)
m = M("mymod")
check("new module attrs", lambda: (m.__name__, m.__doc__, m.__package__, m.__loader__, m.__spec__))
check("dict keys", lambda: sorted(m.__dict__))
check("repr plain", lambda: repr(m))
check("with doc", lambda: M("d", "docstring").__doc__)
check("name not str", lambda: M(5))
check("no args", lambda: M())
check("kw", lambda: M(name="kwmod").__name__)
m.__file__ = "/some/where/mymod.py"
check("repr with file", lambda: repr(m))
del m.__file__
check("del attr", lambda: hasattr(m, "__file__"))
check("missing attr", lambda: m.missing)
check("missing attr message with name", lambda: getattr(M("named"), "zz"))
nameless = M("tmp")
del nameless.__name__
check("missing attr no name", lambda: nameless.zz)
check("repr no name", lambda: repr(nameless))
check("setattr", lambda: (setattr(m, "x", 1), m.x, m.__dict__["x"]))
check("dict assignment", lambda: setattr(m, "__dict__", {}))
check("dir", lambda: sorted(n for n in dir(m) if not n.startswith("__")))
def mod_getattr(name):
    if name == "dynamic":
        return "from __getattr__"
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
m.__getattr__ = mod_getattr
check("PEP 562 __getattr__", lambda: m.dynamic)
check("PEP 562 miss", lambda: m.other)
m.__dir__ = lambda: ["b", "a"]
check("PEP 562 __dir__", lambda: dir(m))
check("module type name", lambda: (type(m).__name__, type(m).__module__, M is type(sys)))
class SubModule(M):
    def __repr__(self):
        return "<SubModule %s>" % self.__name__
sm = SubModule("sub")
check("subclass", lambda: (repr(sm), isinstance(sm, M)))
m2 = M("swap")
m2.__class__ = SubModule
check("__class__ assignment", lambda: repr(m2))
check("module __dict__ is the globals", lambda: sys.modules[__name__].__dict__ is globals())
check("builtins module", lambda: (type(__builtins__).__name__ if not isinstance(__builtins__, dict) else "module"))
check("sys repr", lambda: repr(sys))
check("equality identity", lambda: (m == m, m == M("mymod")))
check("hashable", lambda: type(hash(m)).__name__)
check("__spec__ of main", lambda: sys.modules["__main__"].__spec__)
check("weakref to module", lambda: __import__("_weakref").ref(m)() is m)

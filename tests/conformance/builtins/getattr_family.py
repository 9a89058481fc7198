from _check import check
class C:
    cls_attr = "class"
    def __init__(self):
        self.x = 1
o = C()
check("getattr", lambda: getattr(o, "x"))
check("getattr class attr", lambda: getattr(o, "cls_attr"))
check("getattr missing", lambda: getattr(o, "nope"))
check("getattr default", lambda: getattr(o, "nope", "dflt"))
check("getattr default None", lambda: getattr(o, "nope", None))
check("getattr non-str", lambda: getattr(o, 1))
check("getattr non-str default", lambda: getattr(o, 1, 2))
check("getattr one arg", lambda: getattr(o))
check("getattr too many", lambda: getattr(o, "x", 1, 2))
check("getattr module", lambda: getattr(check, "__name__"))
check("getattr int", lambda: getattr(5, "real"))
check("getattr missing on int", lambda: getattr(5, "nope"))
class S(str):
    pass
check("getattr str subclass name", lambda: getattr(o, S("x")))
class G:
    def __getattr__(self, name):
        if name == "boom":
            raise KeyError(name)
        return "dyn_" + name
g = G()
check("getattr __getattr__", lambda: getattr(g, "anything"))
check("getattr __getattr__ non-AttributeError", lambda: getattr(g, "boom", "d"))
class P:
    @property
    def prop(self):
        raise AttributeError("inside property")
check("getattr property AttributeError default", lambda: getattr(P(), "prop", "d"))
check("getattr property AttributeError", lambda: getattr(P(), "prop"))

check("hasattr", lambda: hasattr(o, "x"))
check("hasattr missing", lambda: hasattr(o, "y"))
check("hasattr non-str", lambda: hasattr(o, 1))
check("hasattr exception", lambda: hasattr(g, "boom"))
check("hasattr property", lambda: hasattr(P(), "prop"))

check("setattr", lambda: (setattr(o, "y", 2), o.y))
check("setattr returns None", lambda: setattr(o, "z", 3))
check("setattr non-str", lambda: setattr(o, 1, 2))
check("setattr int", lambda: setattr(5, "real", 1))
check("setattr object", lambda: setattr(object(), "a", 1))
check("setattr builtin type", lambda: setattr(int, "a", 1))
check("setattr two args", lambda: setattr(o, "a"))
class Slots:
    __slots__ = ("a",)
check("setattr slots", lambda: setattr(Slots(), "b", 1))

check("delattr", lambda: (delattr(o, "y"), hasattr(o, "y")))
check("delattr missing", lambda: delattr(o, "y"))
check("delattr non-str", lambda: delattr(o, 5))
check("delattr class attr via instance", lambda: delattr(o, "cls_attr"))
check("delattr builtin", lambda: delattr(int, "real"))
check("delattr one arg", lambda: delattr(o))
class Guard:
    def __setattr__(self, name, value):
        print("  __setattr__", name, value)
    def __delattr__(self, name):
        print("  __delattr__", name)
check("setattr hook", lambda: setattr(Guard(), "k", 1))
check("delattr hook", lambda: delattr(Guard(), "k"))

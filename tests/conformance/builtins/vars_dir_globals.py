from _check import check
class C:
    cls_attr = 1
    def __init__(self):
        self.b = 2
        self.a = 1
    def method(self):
        pass
o = C()
check("vars instance", lambda: vars(o))
check("vars is __dict__", lambda: vars(o) is o.__dict__)
check("vars class keys", lambda: [k for k in vars(C) if not k.startswith("__")])
check("vars class type", lambda: type(vars(C)).__name__)
check("vars int", lambda: vars(1))
check("vars slots", lambda: vars(type("S", (), {"__slots__": ()})()))
check("vars too many", lambda: vars(1, 2))
def f():
    x = 1
    y = 2
    return vars()
check("vars() in function", f)
class V:
    @property
    def __dict__(self):
        return {"fake": True}
check("vars with __dict__ property", lambda: vars(V()))

check("dir instance", lambda: [n for n in dir(o) if not n.startswith("__")])
check("dir sorted", lambda: dir(o) == sorted(dir(o)))
check("dir class", lambda: [n for n in dir(C) if not n.startswith("__")])
check("dir int has real", lambda: "real" in dir(5))
check("dir module", lambda: "check" in dir())
class D:
    def __dir__(self):
        return ["z", "a", "m"]
check("dir custom", lambda: dir(D()))
class DBad:
    def __dir__(self):
        return 5
check("dir non-iterable", lambda: dir(DBad()))
class DTuple:
    def __dir__(self):
        return ("b", "a")
check("dir tuple result", lambda: dir(DTuple()))
def g():
    local_one = 1
    local_two = 2
    return dir()
check("dir() in function", g)
check("dir too many", lambda: dir(1, 2))

check("globals is module dict", lambda: globals() is globals())
check("globals name", lambda: globals()["__name__"])
gv = 5
check("globals lookup", lambda: globals()["gv"])
def h():
    globals()["created"] = "via globals"
h()
check("created", lambda: created)
def loc(a, b=2, *args, **kw):
    c = 3
    return locals()
check("locals", lambda: loc(1, x=9))
def loc_closure():
    free = 1
    def inner():
        return locals()
    def inner_uses():
        free
        return locals()
    return inner(), inner_uses()
check("locals closure", loc_closure)
def loc_modify():
    x = 1
    locals()["x"] = 2
    return x
check("locals modification ignored", loc_modify)
check("locals at module level is globals", lambda: None)
print(locals() is globals())
class Body:
    a = 1
    snapshot = sorted(k for k in locals() if not k.startswith("__"))
print(Body.snapshot)
check("locals args", lambda: locals(1))
check("globals args", lambda: globals(1))

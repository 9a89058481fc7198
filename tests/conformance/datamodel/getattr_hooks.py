# __getattr__, __getattribute__, __setattr__, __delattr__
log = []
class G:
    x = "class x"
    def __getattr__(self, name):
        log.append(("getattr", name))
        if name.startswith("dyn_"):
            return name[4:]
        raise AttributeError(f"no {name}")
g = G()
g.y = "inst y"
print(g.x, g.y, g.dyn_abc, log); log.clear()
try:
    g.missing
except AttributeError as e:
    print(type(e).__name__, e)
print(getattr(g, "missing", "default"), hasattr(g, "dyn_q"), hasattr(g, "nope"))
class GA:
    def __init__(self):
        self.real = 1
    def __getattribute__(self, name):
        log.append(("getattribute", name))
        if name == "virtual":
            return "virtual!"
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        log.append(("fallback", name))
        return "fallback:" + name
ga = GA()
print(ga.real, ga.virtual, ga.other, log); log.clear()
# __getattribute__ raising AttributeError falls back to __getattr__; other errors propagate
class GB:
    def __getattribute__(self, name):
        if name == "boom":
            raise KeyError(name)
        raise AttributeError(name)
    def __getattr__(self, name):
        return "gb fallback " + name
gb = GB()
print(gb.anything)
try:
    gb.boom
except KeyError as e:
    print(type(e).__name__, e)
# __setattr__ and __delattr__
class S:
    def __setattr__(self, name, value):
        log.append(("setattr", name, value))
        if name == "blocked":
            raise AttributeError("blocked is read-only")
        super().__setattr__(name, value.upper() if isinstance(value, str) else value)
    def __delattr__(self, name):
        log.append(("delattr", name))
        super().__delattr__(name)
s = S()
s.a = "hello"
s.n = 5
print(s.a, s.n, s.__dict__)
try:
    s.blocked = 1
except AttributeError as e:
    print(type(e).__name__, e)
del s.a
try:
    del s.zz
except AttributeError as e:
    print(type(e).__name__, e)
print(log); log.clear()
# setattr/getattr/delattr builtins with non-string names
for fn, args in [(getattr, (s, 1)), (setattr, (s, 1, 2)), (delattr, (s, 1)), (hasattr, (s, None))]:
    try:
        fn(*args)
    except TypeError as e:
        print(fn.__name__, type(e).__name__, e)
# object.__setattr__ on builtin instances
for target in [1, "s", [], object()]:
    try:
        object.__setattr__(target, "attr", 1)
    except (AttributeError, TypeError) as e:
        print(type(target).__name__, type(e).__name__, e)
try:
    object.__setattr__(int, "attr", 1)
except TypeError as e:
    print(type(e).__name__, e)
# attribute errors on builtins and instances (messages)
for expr in ["(1).foo", "'s'.foo", "[].foo", "None.foo", "int.foo", "G.foo", "object().foo"]:
    try:
        eval(expr)
    except AttributeError as e:
        print(expr, "->", e)
# AttributeError.name and .obj
try:
    G().q
except AttributeError as e:
    print(e.name, type(e.obj).__name__ if e.obj is not None else None)
try:
    (1).nope
except AttributeError as e:
    print(e.name, e.obj)
# __getattr__ is not used for special methods
class Special:
    def __getattr__(self, name):
        return lambda *a: "from getattr"
sp = Special()
print(sp.__len__())
try:
    len(sp)
except TypeError as e:
    print(type(e).__name__, e)
# __getattr__ defined on the class via assignment after creation
class Late: pass
Late.__getattr__ = lambda self, n: "late " + n
print(Late().thing)
# __dict__ manipulation
class Dct: pass
o = Dct()
o.__dict__["k"] = "v"
print(o.k, vars(o))
o.__dict__ = {"fresh": 1}
print(o.fresh, hasattr(o, "k"))
try:
    o.__dict__ = 5
except TypeError as e:
    print(type(e).__name__, e)

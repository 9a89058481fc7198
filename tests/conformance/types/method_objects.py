from _check import check
class C:
    def m(self, x=1):
        "m doc"
        return ("m", x)
    def __eq__(self, other):
        return True
    __hash__ = object.__hash__
a = C()
b = C()
bm = a.m
check("type", lambda: type(bm).__name__)
check("__self__", lambda: bm.__self__ is a)
check("__func__", lambda: bm.__func__ is C.m)
check("__name__/__qualname__/__doc__", lambda: (bm.__name__, bm.__qualname__, bm.__doc__))
check("__module__", lambda: bm.__module__)
check("call", lambda: bm(5))
check("fresh each access", lambda: a.m is a.m)
check("equal same instance", lambda: a.m == a.m)
check("not equal other instance (despite __eq__)", lambda: a.m == b.m)
check("hash equal", lambda: hash(a.m) == hash(a.m))
check("repr", lambda: repr(bm).split(" of ")[0])
check("unbound is function", lambda: type(C.m).__name__)
check("call unbound", lambda: C.m(a, 2))
check("set attribute on method", lambda: setattr(bm, "x", 1))
check("get function attr via method", lambda: (setattr(C.m, "tag", "T"), bm.tag)[1])
check("__get__ of function", lambda: C.m.__get__(a)(3))
check("__get__ None", lambda: C.m.__get__(None, C) is C.m)
check("MethodType", lambda: type(bm)(lambda self: self, 42)())
check("MethodType non-callable", lambda: type(bm)(5, a))
check("MethodType None self", lambda: type(bm)(len, None))
check("builtin bound", lambda: ([].append.__self__, type([].append).__name__))
check("builtin method eq", lambda: (lambda l: l.append == l.append)([]))
check("builtin method ne other", lambda: [].append == [].append)
check("builtin __qualname__", lambda: ([].append.__qualname__, len.__qualname__))
check("classmethod bound", lambda: (dict.fromkeys.__self__, dict.fromkeys.__qualname__))
class S:
    __slots__ = ()
    def f(self):
        return 1
check("method on slotted", lambda: S().f())
check("dunder method type", lambda: type(a.__eq__).__name__)
check("method wrapper", lambda: (type((1).__add__).__name__, (1).__add__.__self__, (1).__add__.__name__))
check("method-wrapper eq", lambda: (1).__add__ == (1).__add__)
check("method-wrapper repr", lambda: repr((1).__add__).split(" at ")[0] if " at " in repr((1).__add__) else repr((1).__add__)[:30])
def func(a, b=2, *args, c, d=4, **kw):
    "func doc"
    return a
check("function __defaults__", lambda: func.__defaults__)
check("function __kwdefaults__", lambda: func.__kwdefaults__)
check("function __code__ argcount", lambda: (func.__code__.co_argcount, func.__code__.co_kwonlyargcount))
check("function __globals__", lambda: func.__globals__ is globals())
check("function __closure__", lambda: func.__closure__)
check("function __annotations__", lambda: func.__annotations__)
check("function __dict__", lambda: func.__dict__)
check("function __builtins__", lambda: func.__builtins__ is __builtins__.__dict__ if hasattr(__builtins__, "__dict__") else True)
check("set __defaults__", lambda: (setattr(func, "__defaults__", (9,)), func.__defaults__))
check("bad __defaults__", lambda: setattr(func, "__defaults__", 5))
check("del __defaults__", lambda: (delattr(func, "__defaults__"), func.__defaults__))
check("set __name__", lambda: (setattr(func, "__name__", "renamed"), func.__name__, repr(func).split(" at ")[0]))
check("bad __name__", lambda: setattr(func, "__name__", 5))
check("set __qualname__", lambda: (setattr(func, "__qualname__", "Q.q"), repr(func).split(" at ")[0]))
check("set __doc__", lambda: (setattr(func, "__doc__", None), func.__doc__))
check("function __eq__ identity", lambda: func == func)

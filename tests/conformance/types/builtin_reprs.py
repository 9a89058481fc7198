from _check import check
def noaddr(s):
    out = []
    for part in s.split(" at 0x"):
        if out:
            i = 0
            while i < len(part) and part[i] in "0123456789abcdef":
                i += 1
            part = part[i:]
        out.append(part)
    return " at ?".join(out)
class A:
    __slots__ = ("x",)
class B:
    def m(self):
        pass
    @classmethod
    def c(cls):
        pass
    @staticmethod
    def s():
        pass
    @property
    def p(self):
        return 1
def f():
    pass
check("builtin function", lambda: repr(len))
check("builtin method", lambda: noaddr(repr([].append)))
check("builtin classmethod", lambda: noaddr(repr(dict.fromkeys)))
check("method descriptor", lambda: repr(list.append))
check("slot wrapper", lambda: repr(int.__add__))
check("method-wrapper", lambda: noaddr(repr((1).__add__)))
check("classmethod descriptor", lambda: repr(dict.__dict__["fromkeys"]))
check("getset descriptor", lambda: repr(B.__dict__["__dict__"]))
check("weakref getset", lambda: repr(B.__dict__["__weakref__"]))
check("member descriptor", lambda: repr(A.__dict__["x"]))
check("builtin getset", lambda: repr(type(f).__dict__["__name__"]) if "__name__" in type(f).__dict__ else "n/a")
check("function", lambda: noaddr(repr(f)))
check("lambda", lambda: noaddr(repr(lambda: 0)))
check("bound method", lambda: noaddr(repr(B().m)))
check("bound classmethod", lambda: repr(B.c).split(" of ")[0])
check("staticmethod via class", lambda: noaddr(repr(B.s)))
check("property", lambda: noaddr(repr(B.__dict__["p"])))
check("class", lambda: (repr(B), repr(int), repr(type), repr(type(None))))
check("module", lambda: (repr(__import__("sys")), repr(__builtins__) if not isinstance(__builtins__, dict) else "<module 'builtins' (built-in)>"))
check("instance", lambda: noaddr(repr(B())))
check("object", lambda: noaddr(repr(object())))
check("None etc", lambda: (repr(None), repr(NotImplemented), repr(...)))
check("generator", lambda: noaddr(repr(x for x in [])))
check("code", lambda: noaddr(repr(f.__code__)).split(", file")[0])
check("cell", lambda: noaddr(repr((lambda: (lambda: f))().__closure__)) if False else "skip")
check("range slice", lambda: (repr(range(1, 5, 2)), repr(slice(1, None))))
check("mappingproxy", lambda: repr(type("E", (), {}).__dict__)[:13])
check("dict views", lambda: (repr({1: 2}.keys()), repr({1: 2}.values()), repr({1: 2}.items())))
check("iterators", lambda: noaddr(repr(iter([]))))
check("super", lambda: repr(super(B, B())).split(",")[0])
check("type of type of method", lambda: repr(type(B().m)))
check("builtin type reprs", lambda: [repr(t) for t in (type(len), type(list.append), type(int.__add__), type((1).__add__), type(B.__dict__["__dict__"]), type(A.__dict__["x"]))])
check("exception", lambda: (repr(ValueError("x", 1)), repr(KeyError()), str(KeyError("k")), repr(StopIteration(5))))
check("str of exception with one arg", lambda: (str(ValueError(1)), str(ValueError()), str(ValueError(1, 2))))
check("BaseException repr of subclass", lambda: repr(type("MyErr", (Exception,), {})("m")))

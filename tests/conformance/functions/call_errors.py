# every TypeError message of argument binding
def show(fn, *args, **kwargs):
    try:
        print(fn(*args, **kwargs))
    except TypeError as e:
        print(type(e).__name__, e)
def f(x): return x
def g(a, b): return a, b
def h(a, b=2, *, c, d=4): return a, b, c, d
def po(a, b, /, c): return a, b, c
def nothing(): return "nothing"
def kw_only(*, k): return k
def var(*args, **kw): return args, kw
def defaults(a, b=1, c=2): return a, b, c
show(f)
show(g)
show(g, 1)
show(h)
show(h, 1)
show(h, 1, c=1, e=5)
show(f, 1, 2)
show(g, 1, 2, 3)
show(nothing, 1)
show(nothing, k=1)
show(defaults, 1, 2, 3, 4)
show(defaults)
show(h, 1, 2, 3, c=4)
show(h, 1, 2, 3)
show(f, x=1, y=2)
show(f, 1, x=2)
show(g, 1, a=2)
show(po, 1, 2, 3)
show(po, a=1, b=2, c=3)
show(po, 1, b=2, c=3)
show(po, 1, 2, c=3, b=4)
show(kw_only, 1)
show(kw_only)
show(kw_only, 1, k=2)
show(var, 1, a=2)
show(f, **{"x": 1, "z": 2})
show(h, 1, c=3, b=2, **{"d": 5})
# methods count self
class K:
    def m(self, a): return a
    @staticmethod
    def s(a): return a
    @classmethod
    def c(cls, a): return a
    def __init__(self, a=None): pass
show(K().m)
show(K().m, 1, 2)
show(K.m, 1)
show(K.s)
show(K.c, 1, 2)
show(K, 1, 2)
show(K, b=1)
# missing several arguments
def many(a, b, c, d): pass
show(many)
show(many, 1)
show(many, 1, 2)
def many_kw(*, a, b, c): pass
show(many_kw)
show(many_kw, b=1)
# positional-only names may appear in **kwargs
def po_kw(a, /, **kw): return a, kw
show(po_kw, 1, a=2)
show(po_kw, a=2)
# nested function qualnames in messages
def outer():
    def inner(x): pass
    return inner
show(outer())
show(lambda x: x)
show(lambda: 0, 1)
# keyword argument must be a string
show(f, **{1: 2})
# builtins
show(len)
show(len, 1, 2)
show(len, obj=[1])
show(isinstance, 1)
show(divmod, 1)
show(sorted, [1], 2)
show(print, sep=1)
show(int, "1", 2, 3)
show(dict.fromkeys)
show([].append)
show([].append, 1, 2)
show("".join)
show({}.get)

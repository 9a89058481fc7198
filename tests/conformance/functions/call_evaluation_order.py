# evaluation order of calls: callee, positional, *args, keywords, **kwargs
def v(tag, value=None):
    print("eval", tag)
    return value if value is not None else tag
def f(*a, **k):
    return a, k
print(v("callee", f)(v("p1"), *v("star", [1]), v("p2"), k1=v("k1"), **v("dstar", {"k2": 2}), k3=v("k3")))
# method calls: the object, then the attribute lookup, then the arguments
class C:
    def __getattribute__(self, name):
        print("getattr", name)
        return object.__getattribute__(self, name)
    def m(self, *a):
        return a
print(v("obj", C()).m(v("arg")))
# defaults are evaluated left to right at definition time, kw-only defaults after positional ones
def g(a=v("default a"), *, b=v("default b"), c=v("default c")):
    return a, b, c
print(g())
# decorators, defaults and annotations: decorator expressions first, then defaults, then annotations
def deco(fn):
    print("applying decorator")
    return fn
@v("decorator expr", deco)
def h(x: v("annotation x") = v("default x"), *, y: v("annotation y") = v("default y")) -> v("return annotation"):
    pass
# the callee is evaluated before a failing argument
try:
    v("callee2", f)(v("ok"), 1 / 0, v("never"))
except ZeroDivisionError as e:
    print(type(e).__name__, e)
# keyword argument errors are detected after evaluating all arguments
def one(a): pass
try:
    one(v("x"), a=v("y"))
except TypeError as e:
    print(type(e).__name__, e)
# class bases and keywords order
class Meta(type):
    def __new__(m, name, bases, ns, **kw):
        print("meta kw", kw)
        return super().__new__(m, name, bases, ns)
class K(v("base", object), metaclass=v("meta", Meta), flag=v("flag")):
    print("class body")

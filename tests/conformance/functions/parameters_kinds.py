# every parameter kind, defaults evaluated once, annotations
def full(a, b=2, /, c=3, *args, d, e=5, **kwargs):
    return a, b, c, args, d, e, kwargs
print(full(1, d=4))
print(full(1, 2, 3, 4, 5, d=6, f=7))
print(full(1, c=9, d=0, b=8))
print(full.__code__.co_argcount, full.__code__.co_posonlyargcount, full.__code__.co_kwonlyargcount)
print(full.__code__.co_varnames, full.__code__.co_flags & 0xc)
print(full.__defaults__, full.__kwdefaults__)
# mutable default shared across calls
def append(v, into=[]):
    into.append(v)
    return into
print(append(1), append(2), append(3, []), append(4))
# default evaluated at definition time
counter = 0
def make_default():
    global counter
    counter += 1
    return counter
def uses(x=make_default()):
    return x
print(uses(), uses(), counter)
# __defaults__ can be replaced
def fd(a=1, b=2):
    return a, b
fd.__defaults__ = (10, 20)
print(fd())
fd.__defaults__ = (30,)
print(fd(1))
fd.__defaults__ = None
try:
    fd()
except TypeError as e:
    print(type(e).__name__, e)
try:
    fd.__defaults__ = [1]
except TypeError as e:
    print(type(e).__name__, e)
def fk(*, k=1):
    return k
fk.__kwdefaults__ = {"k": 99}
print(fk())
fk.__kwdefaults__ = None
try:
    fk()
except TypeError as e:
    print(type(e).__name__, e)
# keyword-only after *args, ** collects unknown
def kw(*args, sep="-", **rest):
    return sep.join(map(str, args)), rest
print(kw(1, 2, 3, sep="+", end="!"))
# ** receives names that look like parameters of other kinds
def catch_all(a, /, **kw):
    return a, kw
print(catch_all(1, a=2, b=3))
# parameter named like a keyword argument of the call machinery
def self_named(self, *args, **kwargs):
    return self, args, kwargs
print(self_named(1, self=2) if False else self_named(1, 2, x=3))
# annotations
def ann(a: int, b: "str" = "x", *args: float, c: list = None, **kw: dict) -> bool:
    pass
print(ann.__annotations__)
def no_ann(a): pass
print(no_ann.__annotations__)
# syntax errors in parameter lists
for src in ["def f(a=1, b): pass", "def f(*, **k): pass", "def f(a, a): pass", "def f(*a, *b): pass",
            "def f(**k, a): pass", "def f(a, /, /): pass", "def f(/, a): pass", "def f(*): pass",
            "def f(a, *, b, /): pass", "lambda a, a: 0", "def f(**k=1): pass", "def f(*a=1): pass",
            "def f(a, /, b=1, c): pass", "lambda *: 0", "def f(a, *, a): pass", "def f(x, y, **x): pass"]:
    try:
        compile(src, "<case>", "exec")
        print("ok", src)
    except SyntaxError as e:
        print(src, "->", e.msg, e.lineno, e.offset)
# the many default kinds together in a lambda
lam = lambda a, b=2, /, c=3, *, d=4, **k: (a, b, c, d, k)
print(lam(1), lam(1, 2, 3, d=5, z=6), lam.__defaults__, lam.__kwdefaults__)

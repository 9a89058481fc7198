from _exit_helper import T
def make():
    a = T("cell a")
    b = T("cell b")
    unused = T("plain local")
    def inner():
        return a.name, b.name
    return inner
print("making closure")
f = make()
print("closure made; plain local already gone")
print(f())
print("dropping the closure releases its cells")
del f
def counter():
    box = T("counter box")
    def inc():
        nonlocal box
        box = T("rebound box")
    return inc
print("rebinding a nonlocal releases the old value")
inc = counter()
inc()
print("after rebind")
del inc
print("lambda default and closure")
def lam():
    x = T("lambda cell")
    return lambda y=T("lambda default"): (x, y)
l = lam()
del l
print("cells shared by two closures live until both are gone")
def pair():
    shared = T("shared cell")
    return (lambda: shared), (lambda: shared)
p, q = pair()
del p
print("  one closure dropped")
del q
print("end")
print("function release order: defaults, keyword defaults, then closure cells")
def with_all():
    cell = T("f cell")
    def f(a=T("default 1"), b=T("default 2"), *, k=T("kw default")):
        return cell
    return f
g = with_all()
g.attr = T("function attribute")
del g
print("end 2")

def f(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(f(1, c=3))
print(f(1, 2, 3, 4, c=5, e=6))
def g(a, b, /, c, *, d):
    return a, b, c, d
print(g(1, 2, 3, d=4))
print(g(1, 2, c=3, d=4))
def h(*args, **kwargs):
    return args, kwargs
print(h(*[1, 2], *(3,), **{"x": 1}, y=2))
for call in [
    lambda: f(),
    lambda: f(1),
    lambda: f(1, 2, c=3, a=4),
    lambda: f(1, c=1, zz=2) if False else g(1, 2, 3, 4),
    lambda: g(1, b=2, c=3, d=4),
    lambda: g(1, 2, 3),
    lambda: (lambda x: x)(),
    lambda: (lambda: 0)(1),
    lambda: (lambda x, y=1: 0)(1, 2, 3),
    lambda: (lambda x, *, y: 0)(1, 2, y=3),
    lambda: (lambda x, y, z: 0)(1),
    lambda: (lambda x, y, z: 0)(),
    lambda: (lambda *, k: 0)(),
    lambda: (lambda a: 0)(b=1),
]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
def defaults(x=[]):
    x.append(1)
    return x
print(defaults(), defaults())
print(f.__name__, f.__defaults__, f.__kwdefaults__)
def annotated(a: int, b: "str" = "x") -> bool:
    return True
print(annotated.__annotations__)
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__)
print((lambda: 0).__name__)
def doc():
    "The docstring."
print(doc.__doc__)

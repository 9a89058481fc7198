@decorator
@decorator.attr(arg)
def f(a, b=1, /, c=2, *args, d, e=3, **kwargs) -> int:
    """doc"""
    return a

def g(a, /, b, *, c): pass
def h(*, a=1): pass
def i(a: int = 1, *b: str, c: "x" = 2, **d: dict) -> None: ...
def j(*args: *Ts): pass

async def k():
    await x
    async for a in b:
        pass
    async with c as d:
        pass
    return [x async for x in y]

lam = lambda: 0
lam2 = lambda a, b=1, *c, d, e=2, **f: a
lam3 = lambda a, /, b: (yield)

class A:
    pass

class B(A, metaclass=M, **kw):
    x = 1
    def m(self): pass

@dec
class C(): pass

import inspect, functools

def f(a, b: int = 2, /, c=3, *args, d, e: str = "x", **kw) -> list:
    """Doc of f.

       more lines
    """
    return [a, b]

class C:
    """Class doc."""
    def __init__(self, x, y=1):
        self.x = x
    def m(self, z):
        return z
    @classmethod
    def cm(cls, q): pass
    @staticmethod
    def sm(r, s=2): pass
    @property
    def p(self): return 1

def gen():
    yield 1

async def coro(): pass

print(inspect.signature(f))
print(inspect.signature(C), inspect.signature(C.m), inspect.signature(C(1).m), inspect.signature(C.cm), inspect.signature(C.sm))
print(inspect.signature(lambda x, *, y=2: None), inspect.signature(functools.partial(f, 1, 2, d=4)))
sig = inspect.signature(f)
for name, p in sig.parameters.items():
    print(name, p.kind, p.kind.description, p.default, p.annotation, str(p), repr(p))
print(sig.return_annotation, repr(sig))
ba = sig.bind(1, 2, 3, 4, 5, d=6, z=7)
print(ba, ba.args, ba.kwargs)
ba = sig.bind_partial(1)
ba.apply_defaults()
print(ba.arguments)
for args, kwargs in [((), {}), ((1, 2, 3), {}), ((1,), {"d": 1, "a": 5}), ((1,), {"d": 1, "c": 2, "c2": 3})]:
    try:
        print(inspect.signature(f).bind(*args, **kwargs))
    except TypeError as e:
        print("TypeError", e)
def g(a, b): pass
for args, kwargs in [((1, 2, 3), {}), ((1,), {"a": 2}), ((1,), {"c": 2})]:
    try:
        inspect.signature(g).bind(*args, **kwargs)
    except TypeError as e:
        print("TypeError", e)
print(inspect.getfullargspec(f))
print(inspect.getcallargs(g, 1, b=2))
print(inspect.isfunction(f), inspect.isclass(C), inspect.ismethod(C(1).m), inspect.isgeneratorfunction(gen), inspect.isgenerator(gen()), inspect.iscoroutinefunction(coro), inspect.isbuiltin(len), inspect.isroutine(len), inspect.ismodule(inspect))
c = coro(); print(inspect.iscoroutine(c), inspect.isawaitable(c)); c.close()
print(inspect.getdoc(f), inspect.getdoc(C), inspect.cleandoc("  a\n    b\n  c"))
print(inspect.getsource(f))
print(inspect.getsource(C.m))
print(inspect.getsource(C))
print(inspect.getsourcelines(gen)[1], inspect.getfile(f).endswith("insp.py"), inspect.getmodule(f).__name__)
print([n for n, v in inspect.getmembers(C) if not n.startswith("__")], [n for n, v in inspect.getmembers(C, inspect.isfunction)])
g1 = gen(); print(inspect.getgeneratorstate(g1)); next(g1); print(inspect.getgeneratorstate(g1)); g1.close(); print(inspect.getgeneratorstate(g1))
fr = inspect.currentframe(); print(fr.f_code.co_name, inspect.getframeinfo(fr).function, inspect.stack()[0].function)
print(inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.empty, inspect.Signature.empty)
print(inspect.unwrap(functools.wraps(f)(lambda: 0)) is f)
print(inspect.formatannotation(int), inspect.formatannotation(list[int]), inspect.formatannotation(C))

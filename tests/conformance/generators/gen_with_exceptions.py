class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("  enter", self.name)
        return self
    def __exit__(self, t, v, tb):
        print("  exit", self.name, t.__name__ if t else None, v)
        return self.suppress
def gen():
    with CM("outer"):
        with CM("inner", suppress=True):
            yield 1
            yield 2
        print("  after inner with")
        yield 3
print("throw suppressed by the inner manager")
g = gen()
next(g)
print(g.throw(KeyError("k")))
print("close from the outer with")
g.close()
print("exception raised by __exit__ replaces the thrown one")
class Replacer(CM):
    def __exit__(self, t, v, tb):
        super().__exit__(t, v, tb)
        raise RuntimeError("from __exit__")
def gen2():
    with Replacer("replacer"):
        yield 1
g = gen2()
next(g)
try:
    g.throw(ValueError("original"))
except RuntimeError as e:
    print(type(e).__name__, e, "context:", repr(e.__context__))
print("exception in the body after resumption")
def gen3():
    with CM("body"):
        yield 1
        raise IndexError("in body")
g = gen3()
next(g)
try:
    next(g)
except IndexError as e:
    print("propagated", e)
print("GeneratorExit suppressed by __exit__: RuntimeError from close")
def gen4():
    with CM("swallower", suppress=True):
        yield 1
    yield 2
g = gen4()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(type(e).__name__, e)
print("StopIteration thrown into a with block")
def gen5():
    with CM("stop"):
        yield 1
g = gen5()
next(g)
try:
    g.throw(StopIteration)
except RuntimeError as e:
    print(type(e).__name__, e)

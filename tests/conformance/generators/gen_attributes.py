def gen(n):
    yield n
    yield n + 1

g = gen(10)
def state(label, g):
    fr = g.gi_frame
    print(label, g.gi_running, g.gi_suspended, fr is None, None if fr is None else fr.f_lineno, g.gi_yieldfrom)

state("created", g)
print(g.gi_code.co_name, g.gi_code is gen.__code__, g.gi_frame.f_code is gen.__code__)
print(g.gi_frame.f_locals)
next(g)
state("suspended", g)
print(g.gi_frame.f_locals)
print(g.gi_frame.f_back)
list(g)
state("finished", g)
print(g.gi_code.co_name)

# closed before start
h = gen(1)
h.close()
state("closed", h)

# gi_yieldfrom
def inner():
    yield "i"
def outer():
    yield from inner()
o = outer()
state("outer created", o)
next(o)
print(type(o.gi_yieldfrom).__name__, o.gi_yieldfrom.__name__)
print(o.gi_yieldfrom.gi_suspended, o.gi_yieldfrom.gi_frame.f_code.co_name)
list(o)
print(o.gi_yieldfrom)

lst_it = iter([1, 2])
def over_list():
    yield from lst_it
ol = over_list()
next(ol)
print(ol.gi_yieldfrom is lst_it)

# __name__ and __qualname__
def f():
    def g():
        yield
    return g()
x = f()
print(type(x).__name__, x.__name__, x.__qualname__)
class C:
    def m(self):
        yield
print(C().m().__qualname__)
ge = (i for i in [])
print(ge.__name__, ge.__qualname__, ge.gi_code.co_name)
def mk():
    return [(j for j in []) for _ in range(1)][0]
print(mk().__qualname__)
x.__name__ = "renamed"
x.__qualname__ = "Q.renamed"
print(x.__name__, x.__qualname__)
for bad in (1, None):
    try:
        x.__name__ = bad
    except TypeError as e:
        print(type(e).__name__, e)
    try:
        x.__qualname__ = bad
    except TypeError as e:
        print(type(e).__name__, e)
try:
    del x.__name__
except TypeError as e:
    print(type(e).__name__, e)
# the function's name is not affected
print(f()._g if hasattr(f(), "_g") else f().__name__)

for attr in ("gi_frame", "gi_running", "gi_code", "gi_suspended", "gi_yieldfrom"):
    try:
        setattr(x, attr, None)
    except AttributeError as e:
        print("AttributeError", e)
print(repr(x).startswith("<generator object Q.renamed at 0x"))
print(type(x).__module__, type(x).__qualname__)
import types
print(type(x) is types.GeneratorType)

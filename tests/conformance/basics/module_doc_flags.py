"""The module's docstring."""
# __doc__ of modules (stored where the docstring stands), code flags, the gc module's settings
import gc
print(__doc__)
ns = {}
exec('"""exec doc"""\nx = __doc__', ns)
print(ns["x"], ns["__doc__"])
exec('x = 1\n"""not a doc"""', ns)
print(ns["__doc__"])
def f(): pass
def g(*a, **k): pass
def outer():
    y = 1
    def inner(): return y
    return inner
def gen(): yield
print(f.__code__.co_flags, g.__code__.co_flags, outer().__code__.co_flags, gen.__code__.co_flags)
print(compile("x", "s", "exec").co_flags, compile("x", "s", "eval").co_flags, (lambda: 0).__code__.co_flags)
print(gc.isenabled(), gc.get_threshold(), len(gc.get_count()), gc.get_debug())
gc.set_threshold(100, 5)
gc.set_debug(0)
print(gc.get_threshold(), gc.get_debug(), sorted(gc.get_stats()[0]), len(gc.get_stats()))

# with statement: multiple items, suppression, __exit__ arguments, enter errors
class CM:
    def __init__(self, name, suppress=False, enter_raises=None, exit_raises=None):
        self.name = name
        self.suppress = suppress
        self.enter_raises = enter_raises
        self.exit_raises = exit_raises
    def __enter__(self):
        print("enter", self.name)
        if self.enter_raises:
            raise self.enter_raises
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, repr(ev), tb is not None)
        if self.exit_raises:
            raise self.exit_raises
        return self.suppress
with CM("a") as x, CM("b") as y:
    print("body", x, y)
# exception goes through the inner manager first
try:
    with CM("outer"), CM("inner"):
        raise ValueError("v")
except ValueError as e:
    print("caught", e)
# the inner manager suppresses: the outer sees no exception
with CM("outer"), CM("inner", suppress=True):
    raise KeyError("k")
print("after suppression")
# any truthy return value suppresses
class Truthy(CM):
    def __exit__(self, *a):
        super().__exit__(*a)
        return [1]
with Truthy("t"):
    1 / 0
print("suppressed by a list")
# the second __enter__ raises: the first manager exits with that exception
try:
    with CM("first"), CM("second", enter_raises=RuntimeError("enter failed")):
        print("not reached")
except RuntimeError as e:
    print("caught", e)
# __exit__ raising replaces the exception and chains the original as context
try:
    with CM("x", exit_raises=TypeError("from exit")):
        raise ValueError("original")
except TypeError as e:
    print("caught", repr(e), "context", repr(e.__context__))
# as-target can be any assignment target
class O: pass
o = O()
d = {}
with CM("p") as o.attr, CM("q") as d["key"], CM("rs") as (r, s):
    pass
print(o.attr, d, r, s)
# missing protocol methods
class NoEnter:
    def __exit__(self, *a): pass
class NoExit:
    def __enter__(self): return self
for cls in (NoEnter, NoExit, int):
    try:
        with cls():
            pass
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
# __exit__ and __enter__ are looked up on the type, not the instance
class Inst:
    pass
i = Inst()
i.__enter__ = lambda: 1
i.__exit__ = lambda *a: None
try:
    with i:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
# return inside with calls __exit__ before returning
def f():
    with CM("ret"):
        return "returned"
print(f())
# __exit__ sees a traceback object for the exception
class TB:
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        print(type(tb).__name__, tb.tb_lineno > 0, ev.__traceback__ is tb)
        return True
with TB():
    raise ValueError
# the exception is visible in sys.exc_info inside __exit__
import sys
class Info:
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        print("exc_info in exit:", sys.exc_info()[0])
        return True
with Info():
    raise IndexError
print("exc_info after:", sys.exc_info())
# parenthesized multi-item with (3.10+)
with (
    CM("m1") as m1,
    CM("m2") as m2,
):
    print(m1, m2)

# function object attributes
def outer(a, b=1, *args, c, d=2, **kw):
    "outer docstring"
    x = a
    def inner(y):
        return x + y
    return inner
print(outer.__name__, outer.__qualname__, outer.__module__, outer.__doc__)
inner = outer(1, c=2)
print(inner.__name__, inner.__qualname__, inner.__doc__, inner.__defaults__, inner.__kwdefaults__)
code = outer.__code__
print(code.co_name, code.co_argcount, code.co_kwonlyargcount, code.co_posonlyargcount, code.co_nlocals)
print(code.co_varnames, code.co_cellvars, inner.__code__.co_freevars, code.co_filename == __file__)
print(code.co_firstlineno, type(code).__name__, code.co_qualname if hasattr(code, "co_qualname") else "")
# writable attributes
def f(): pass
f.__name__ = "renamed"
f.__qualname__ = "Q.renamed"
f.__doc__ = "new doc"
f.__module__ = "mod"
f.custom = 42
print(f.__name__, f.__qualname__, f.__doc__, f.__module__, f.custom, f.__dict__)
for attr, val in [("__name__", 1), ("__qualname__", None), ("__code__", 1), ("__dict__", [])]:
    try:
        setattr(f, attr, val)
    except TypeError as e:
        print(attr, type(e).__name__, e)
try:
    del f.__name__
except TypeError as e:
    print(type(e).__name__, e)
try:
    f.__closure__ = None
except AttributeError as e:
    print(type(e).__name__, e)
try:
    f.__globals__ = {}
except AttributeError as e:
    print(type(e).__name__, e)
print(f.__globals__ is globals(), f.__builtins__ is __builtins__.__dict__ if hasattr(__builtins__, "__dict__") else True)
# docstrings: only a first-statement string literal
def no_doc():
    x = 1
    "not a doc"
def fdoc():
    f"not a doc {1}"
def bdoc():
    b"bytes not a doc"
print(no_doc.__doc__, fdoc.__doc__, bdoc.__doc__)
print((lambda: 0).__doc__, (lambda: 0).__name__)
# __code__ swap
def one(): return 1
def two(): return 2
one.__code__ = two.__code__
print(one())
def needs_free():
    v = 1
    def g(): return v
    return g
try:
    one.__code__ = needs_free().__code__
except ValueError as e:
    print(type(e).__name__, e)
# repr
print(repr(outer).startswith("<function outer at 0x"), repr(inner).startswith("<function outer.<locals>.inner at"))
# function type and construction
import types
print(type(outer) is types.FunctionType, isinstance(len, types.BuiltinFunctionType))
g2 = types.FunctionType(two.__code__, {"__builtins__": __builtins__}, "made")
print(g2(), g2.__name__)
# methods
class C:
    def m(self):
        "method doc"
print(C.m.__qualname__, C().m.__func__ is C.m, C().m.__self__.__class__.__name__, C().m.__doc__, C().m.__name__)
try:
    C().m.new_attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
C.m.attr = "on function"
print(C().m.attr)
# __annotations__ is a fresh dict, settable
def ann(a: int) -> str: pass
ann.__annotations__ = {"x": 1}
print(ann.__annotations__)
del ann.__annotations__
print(ann.__annotations__)
# __dict__ and vars()
print(vars(f) is f.__dict__, sorted(vars(f)))

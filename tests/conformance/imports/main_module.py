# the __main__ module: __name__, attributes, sys.modules entry
import sys
print(__name__, __name__ == "__main__", __package__, __doc__, __spec__ if __spec__ is None else "has spec")
print(sys.modules["__main__"] is sys.modules[__name__], __file__.endswith("main_module.py"))
main = sys.modules["__main__"]
x = 1
print(main.x, getattr(main, "x"), "x" in vars(main))
main.y = 2
print(y)
print(__builtins__.__name__ if hasattr(__builtins__, "__name__") else type(__builtins__).__name__)
print(sorted(k for k in globals() if k.startswith("__")))
if __name__ == "__main__":
    print("running as a script")
# an imported module sees its own name
import _starmods.with_all as wa
print(wa.__name__ != "__main__", wa.__name__)
# a module object created by hand
mod = type(sys)("handmade", "its doc")
print(mod.__name__, mod.__doc__, repr(mod), sorted(vars(mod)))
try:
    type(sys)()
except TypeError as e:
    print(type(e).__name__, e)
mod.attr = 5
sys.modules["handmade"] = mod
import handmade
print(handmade is mod, handmade.attr)
from handmade import attr
print(attr)
del sys.modules["handmade"]
try:
    import handmade as again
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
# module repr forms and missing attributes
print(repr(sys).startswith("<module 'sys'"), repr(wa).startswith("<module '_starmods.with_all' from"))
try:
    wa.nothing_here
except AttributeError as e:
    print(type(e).__name__, e)
try:
    mod.missing
except AttributeError as e:
    print(type(e).__name__, e)
del mod.__name__
try:
    mod.missing
except AttributeError as e:
    print(type(e).__name__, e)
print(repr(mod))

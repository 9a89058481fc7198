# packages, relative imports (from . / from ..), submodule binding
import _relpkg.sub
print(_relpkg.sub.b.z, _relpkg.sub.b.x, _relpkg.sub.y, _relpkg.sub.top_value, _relpkg.sub.parent_a.helper())
print(_relpkg.sub.c.w, _relpkg.a.x)
import sys
print(sorted(m for m in sys.modules if m.startswith("_relpkg")))
print(_relpkg.__package__, _relpkg.sub.__package__, _relpkg.sub.b.__package__, _relpkg.a.__name__)
print(hasattr(_relpkg, "__path__"), hasattr(_relpkg.a, "__path__"), _relpkg.__file__.endswith("__init__.py"))
try:
    _relpkg.sub.c.beyond()
except ImportError as e:
    print(type(e).__name__, e)
# relative import from the main module
try:
    exec("from . import anything", {"__name__": "__main__", "__package__": None})
except ImportError as e:
    print(type(e).__name__, e)
try:
    exec("from .missing import thing", {"__name__": "__main__", "__package__": ""})
except ImportError as e:
    print(type(e).__name__, e)
# importing again does not re-run the modules
import _relpkg.sub.b
from _relpkg.sub import c
print("no re-run", c.w)

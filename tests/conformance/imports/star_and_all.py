# star imports, __all__, module __getattr__/__dir__ (PEP 562)
from _starmods.with_all import *
print(sorted(k for k in dir() if not k.startswith("__")))
del public, _private_but_listed
from _starmods.no_all import *
print(sorted(k for k in dir() if not k.startswith("__")))
try:
    from _starmods.bad_all import *
except AttributeError as e:
    print(type(e).__name__, e)
try:
    from _starmods.nonstr_all import *
except TypeError as e:
    print(type(e).__name__, e)
import _starmods.lazy as lazy
print(lazy.dynamic, lazy.static, dir(lazy))
try:
    lazy.other
except AttributeError as e:
    print(type(e).__name__, e)
from _starmods.lazy import dynamic
print(dynamic)
try:
    from _starmods.lazy import nope
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0], e.name)

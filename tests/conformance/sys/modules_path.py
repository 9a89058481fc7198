import sys
import os
here = os.path.dirname(os.path.abspath(__file__))
try:
    import _sys_path_mod
except ImportError as e:
    print(type(e).__name__, e, e.name)
sys.path.insert(0, os.path.join(here, "_pkgdir"))
import _sys_path_mod
print(_sys_path_mod.VALUE)
print("_sys_path_mod" in sys.modules, sys.modules["_sys_path_mod"] is _sys_path_mod)
print(os.path.basename(_sys_path_mod.__file__), _sys_path_mod.__name__)
# sys.modules entries are returned by import as they are
class Fake:
    answer = 42
sys.modules["fake_module"] = Fake()
import fake_module
print(type(fake_module).__name__, fake_module.answer)
from fake_module import answer
print(answer)
sys.modules["none_module"] = None
try:
    import none_module
except ImportError as e:
    print(type(e).__name__, e)
del sys.modules["_sys_path_mod"]
import _sys_path_mod as again
print(again is _sys_path_mod, again.VALUE == _sys_path_mod.VALUE)
sys.path.pop(0)
del sys.modules["_sys_path_mod"]
try:
    import _sys_path_mod
except ModuleNotFoundError as e:
    print("after removing the path:", e)
try:
    import definitely_missing_module_xyz
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from sys import no_such_name
except ImportError as e:
    print(type(e).__name__, e, e.name)
import sys as s2
print(s2 is sys)
mod = type(sys)("made_by_hand", "doc text")
print(mod.__name__, mod.__doc__, repr(mod))
sys.modules["made_by_hand"] = mod
mod.attr = "x"
from made_by_hand import attr
print(attr)
print(sorted(k for k in ("sys", "builtins", "__main__") if k in sys.modules))

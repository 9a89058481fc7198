import _helper_mod
from _helper_mod import value, func as f
print(_helper_mod.value, value, f(2))
import _helper_pkg.sub
from _helper_pkg import sub
from _helper_pkg.sub import inner_value
print(_helper_pkg.sub.inner_value, sub.inner_value, inner_value, _helper_pkg.pkg_value)
try:
    import does_not_exist
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
try:
    from _helper_mod import nothing
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
print(__name__, _helper_mod.__name__)

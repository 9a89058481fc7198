# circular imports: partially initialised modules
import _circ.first
print(_circ.first.x, _circ.second.first is _circ.first)
import _circ.loop_a
print(_circ.loop_a.get_b(), _circ.loop_b.get_a())
# importing a name from a module that is still running in this very module
import sys
mod = type(sys)("_partial_demo")
mod.__file__ = None
sys.modules["_partial_demo"] = mod
try:
    from _partial_demo import nothing
except ImportError as e:
    print(type(e).__name__, e, e.name)

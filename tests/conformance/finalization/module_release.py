# a module without functions or classes is not in a cycle: dropping every reference to it
# releases its globals at once, in insertion order
import sys
from _exit_helper import T
import _data_module
print("imported", _data_module.payload.name)
del sys.modules["_data_module"]
print("removed from sys.modules")
del _data_module
print("after del of the last reference")
def scoped():
    import _data_module as m
    print("  imported again inside a function:", m.payload.name)
    del sys.modules["_data_module"]
scoped()
print("after the function returned")
print("end")

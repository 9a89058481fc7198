# import statements in different scopes bind in that scope
def func():
    import _starmods.with_all as m
    from _starmods.no_all import visible
    return m.__name__, visible, sorted(locals())
print(func())
print("m" in dir(), "visible" in dir())
class K:
    import _starmods.with_all
    from _starmods.no_all import visible as v
print(K._starmods.with_all.public, K.v, hasattr(K(), "v"))
# a global import inside a function with a global declaration
def glob():
    global gmod
    import _starmods.with_all as gmod
glob()
print(gmod.__name__)
# import inside a loop imports once
import sys
before = len([m for m in sys.modules if m.startswith("_starmods")])
for _ in range(3):
    import _starmods.with_all
after = len([m for m in sys.modules if m.startswith("_starmods")])
print(before <= after)
# conditional import and name binding
if False:
    import _never_imported_module
print("_never_imported_module" in sys.modules, "_never_imported_module" in dir())
# import binds the top-level package name even inside a function
def top():
    import _relpkg.a
    return sorted(k for k in locals())
print(top())

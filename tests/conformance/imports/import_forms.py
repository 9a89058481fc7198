# import statement forms and what they bind
import _relpkg.sub.b
print("_relpkg" in dir(), "b" in dir())
import _relpkg.sub.b as bmod
print(bmod.__name__, bmod is _relpkg.sub.b)
from _relpkg import sub as subpkg, a
print(subpkg.__name__, a.x)
from _relpkg.sub import b, c as cmod
print(b.z, cmod.w)
from _relpkg.a import (
    x,
    helper as h,
)
print(x, h())
# from-import of a submodule not yet imported imports it
import sys
sys.modules.pop("_starmods.lazy", None)
from _starmods import lazy
print(lazy.static, "_starmods.lazy" in sys.modules)
# import inside a function binds a local name
def local_import():
    import _relpkg.a as la
    from _relpkg.sub import c
    return sorted(locals())
print(local_import())
# star import only at module level
for src in ["def f():\n    from os import *", "class C:\n    from os import *", "from os import *, path", "import os.path as", "from . import *"]:
    try:
        compile(src, "<case>", "exec")
        print("ok", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno, e.offset)
# __import__ returns the top-level package unless fromlist is given
m = __import__("_relpkg.sub.b")
print(m.__name__)
m = __import__("_relpkg.sub.b", fromlist=["z"])
print(m.__name__)
m = __import__("sub", globals={"__name__": "_relpkg.a", "__package__": "_relpkg"}, level=1)
print(m.__name__)
for bad in [("",), ("_relpkg", None, None, (), -1), (5,)]:
    try:
        __import__(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
# module attributes
import _starmods.with_all as wa
print(type(wa).__name__, wa.__name__, wa.__package__, wa.__doc__)

# package __init__ runs first; importing a submodule binds it on the parent
import sys
import _pkgattr
print(_pkgattr.sub.value, _pkgattr.sub_alias is _pkgattr.sub, hasattr(_pkgattr, "other"))
import _pkgattr.other
print(_pkgattr.other.value, "_pkgattr.other" in sys.modules)
# a package attribute with the same name as a submodule is replaced when the submodule is imported
_pkgattr.shadow = "attribute"
print(_pkgattr.shadow)
import _pkgattr.shadow
print(_pkgattr.shadow if isinstance(_pkgattr.shadow, str) else _pkgattr.shadow.value)
from _pkgattr import shadow
print(shadow if isinstance(shadow, str) else shadow.value)
# deleting the parent attribute does not unload the submodule
del _pkgattr.other
print(hasattr(_pkgattr, "other"), "_pkgattr.other" in sys.modules)
from _pkgattr import other
print(other.value, hasattr(_pkgattr, "other"))
# __path__ is a list of directories; __file__ ends in __init__.py
print(type(_pkgattr.__path__).__name__, len(_pkgattr.__path__), _pkgattr.__path__[0].endswith("_pkgattr"), _pkgattr.__package__)
# a module replaced in sys.modules during import is what the import returns
import os
d = os.path.dirname(__file__)
with open(os.path.join(d, "_replacer.py")) as fh:
    pass
import _replacer
print(type(_replacer).__name__, _replacer.kind)
# sys.path manipulation
sys.path.insert(0, os.path.join(d, "_pkgattr"))
import other as top_level_other
print(top_level_other.value, top_level_other.__name__, top_level_other is not _pkgattr.other)
sys.path.pop(0)

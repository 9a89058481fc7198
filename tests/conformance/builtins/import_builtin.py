from _check import check
import sys
check("__import__ sys", lambda: __import__("sys") is sys)
check("__import__ dotted returns top", lambda: __import__("os.path").__name__)
check("__import__ fromlist returns leaf", lambda: __import__("os.path", fromlist=["join"]).__name__ in ("posixpath", "ntpath"))
check("__import__ level without package", lambda: __import__("x", globals(), None, [], 1))
check("__import__ empty", lambda: __import__(""))
check("__import__ negative level", lambda: __import__("sys", level=-1))
check("__import__ non-str", lambda: __import__(5))
check("__import__ missing", lambda: __import__("no_such_module_abc"))
check("__import__ kw", lambda: __import__(name="sys") is sys)
import builtins
import _import_helper
original = builtins.__import__
calls = []
def tracing_import(name, globals=None, locals=None, fromlist=(), level=0):
    calls.append((name, tuple(fromlist) if fromlist else fromlist, level))
    return original(name, globals, locals, fromlist, level)
builtins.__import__ = tracing_import
import _import_helper
from os import path
from _import_helper import VALUE, sep
import sys as renamed
import os.path as osp
builtins.__import__ = original
print(calls)
check("helper loaded", lambda: _import_helper.VALUE)

# import errors and their attributes
import sys
for stmt in ["import _no_such_module_xyz", "import _relpkg.missing", "import _starmods.with_all.deeper", "from _no_such_pkg import thing",
             "from _relpkg import missing_name", "import _relpkg.a.b"]:
    try:
        exec(stmt)
        print("ok", stmt)
    except ImportError as e:
        msg = str(e).split(" (/")[0]
        print(stmt, "->", type(e).__name__, msg, "| name:", e.name)
# None in sys.modules blocks an import
sys.modules["_blocked"] = None
try:
    import _blocked
except ImportError as e:
    print(type(e).__name__, e, e.name)
# a module raising during import is removed from sys.modules, and runs again on the next import
for attempt in range(2):
    try:
        import _starmods.raises
    except ValueError as e:
        print(attempt, type(e).__name__, e, "_starmods.raises" in sys.modules, hasattr(sys.modules["_starmods"], "raises"))
# ModuleNotFoundError is an ImportError subclass
print(issubclass(ModuleNotFoundError, ImportError), ImportError("m", name="n", path="p").path)
try:
    ImportError("m", bad=1)
except TypeError as e:
    print(type(e).__name__, e)
e = ImportError("msg", name="mod")
print(str(e), repr(e), e.name, e.msg, e.path)

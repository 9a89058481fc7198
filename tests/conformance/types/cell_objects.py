from _check import check
import types
def outer():
    x = 1
    def inner():
        return x
    return inner
fn = outer()
cell = fn.__closure__[0]
check("type", lambda: type(cell).__name__)
check("contents", lambda: cell.cell_contents)
check("set contents", lambda: (setattr(cell, "cell_contents", 42), fn()))
check("del contents", lambda: (delattr(cell, "cell_contents"), fn()))
check("empty contents", lambda: cell.cell_contents)
check("repr empty", lambda: repr(cell).split(" at ")[0])
check("reset", lambda: (setattr(cell, "cell_contents", "back"), fn()))
check("repr full", lambda: repr(cell).split(" at ")[0] + " ..." + repr(cell).split(": ")[1][:9])
check("CellType", lambda: types.CellType is type(cell))
check("new empty cell", lambda: types.CellType().cell_contents)
check("new cell", lambda: types.CellType(5).cell_contents)
check("cell compare", lambda: (types.CellType(1) == types.CellType(1), types.CellType(1) < types.CellType(2)))
check("empty cells compare", lambda: types.CellType() == types.CellType())
check("empty vs full", lambda: types.CellType() < types.CellType(1))
check("cell kw", lambda: types.CellType(contents=1))
check("cell two args", lambda: types.CellType(1, 2))
check("cell hash", lambda: hash(types.CellType(1)))
def shared():
    v = 0
    def get():
        return v
    def put(n):
        nonlocal v
        v = n
    return get, put
g, p = shared()
check("shared cell", lambda: g.__closure__[0] is p.__closure__[0])
check("shared update", lambda: (p(7), g(), g.__closure__[0].cell_contents)[1:])
def late():
    def inner():
        return y
    try:
        inner()
    except NameError as e:
        err = str(e)
    y = 5
    return err, inner()
check("free var before assignment", late)
def deleted():
    z = 1
    def inner():
        return z
    del z
    try:
        return inner()
    except NameError as e:
        return type(e).__name__, str(e)
check("deleted free var", deleted)
def local_unbound():
    def inner():
        return w
    w = 1
    del w
    try:
        inner()
    except NameError as e:
        return str(e)
check("deleted cell message", local_unbound)
def unbound_cellvar():
    try:
        print(q)
    except UnboundLocalError as e:
        return str(e)
    q = 1
    return lambda: q
check("unbound cellvar", unbound_cellvar)
check("co_cellvars/freevars", lambda: (outer.__code__.co_cellvars, fn.__code__.co_freevars))
check("closure of plain function", lambda: check.__closure__)
check("class cell", lambda: [c.cell_contents.__name__ for c in type("K", (), {"m": (lambda: None)}).m.__closure__ or []])
class WithSuper:
    def m(self):
        return __class__
check("__class__ cell", lambda: (WithSuper().m().__name__, WithSuper.m.__code__.co_freevars))

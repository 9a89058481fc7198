from _check import check
import sys
import types
def a():
    b()
def b():
    raise ValueError("deep")
try:
    a()
except ValueError as e:
    tb = e.__traceback__
check("type", lambda: type(tb).__name__)
def walk(t):
    out = []
    while t is not None:
        out.append((t.tb_frame.f_code.co_name, t.tb_lineno))
        t = t.tb_next
    return out
check("chain", lambda: walk(tb))
check("tb_lasti int", lambda: type(tb.tb_lasti).__name__)
check("tb_next type", lambda: type(tb.tb_next).__name__)
check("last tb_next", lambda: tb.tb_next.tb_next.tb_next)
check("set tb_next None", lambda: (setattr(tb.tb_next, "tb_next", None), walk(tb)))
check("set tb_next bad", lambda: setattr(tb, "tb_next", 5))
check("set tb_next loop", lambda: setattr(tb, "tb_next", tb))
check("del tb_next", lambda: delattr(tb, "tb_next"))
check("tb_lineno readonly", lambda: setattr(tb, "tb_lineno", 1))
check("tb_frame readonly", lambda: setattr(tb, "tb_frame", None))
check("TracebackType is type", lambda: types.TracebackType is type(tb))
fr = sys._getframe()
check("construct", lambda: walk(types.TracebackType(None, fr, 0, 42)))
check("construct bad next", lambda: types.TracebackType(1, fr, 0, 1))
check("construct bad frame", lambda: types.TracebackType(None, 1, 0, 1))
check("construct kw", lambda: types.TracebackType(tb_next=None, tb_frame=fr, tb_lasti=0, tb_lineno=7).tb_lineno)
def with_tb():
    try:
        raise KeyError("x")
    except KeyError as e:
        t2 = types.TracebackType(None, sys._getframe(), 0, 1000)
        return e.with_traceback(t2)
check("with_traceback", lambda: walk(with_tb().__traceback__))
check("with_traceback None", lambda: ValueError().with_traceback(None).__traceback__)
check("with_traceback bad", lambda: ValueError().with_traceback(5))
check("__traceback__ assign bad", lambda: setattr(ValueError(), "__traceback__", 1))
def reraise():
    try:
        a()
    except ValueError:
        raise
try:
    reraise()
except ValueError as e:
    check("reraise chain", lambda: walk(e.__traceback__))
def raise_from_handler():
    try:
        a()
    except ValueError as e:
        raise e
try:
    raise_from_handler()
except ValueError as e:
    check("raise e grows traceback", lambda: walk(e.__traceback__))
def nested_functions():
    def inner():
        return 1 / 0
    return inner()
try:
    nested_functions()
except ZeroDivisionError as e:
    check("nested", lambda: walk(e.__traceback__))
check("exc_info tb", lambda: (lambda: sys.exc_info()[2])())
try:
    [1][5]
except IndexError:
    check("exc_info inside", lambda: walk(sys.exc_info()[2]))
check("tb dir", lambda: sorted(n for n in dir(tb) if not n.startswith("_")))

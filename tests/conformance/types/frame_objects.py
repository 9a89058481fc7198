from _check import check
import sys
def get():
    return sys._getframe()
def outer():
    x = "outer local"
    fr = sys._getframe()
    return fr, get()
fr, inner = outer()
check("type", lambda: type(fr).__name__)
check("f_code", lambda: fr.f_code.co_name)
check("f_locals after return", lambda: sorted(fr.f_locals))
check("f_globals", lambda: fr.f_globals is globals())
check("f_builtins has len", lambda: "len" in fr.f_builtins)
check("f_lineno after return", lambda: fr.f_lineno)
check("f_lasti int", lambda: type(fr.f_lasti).__name__)
check("f_trace", lambda: fr.f_trace)
check("f_trace_lines", lambda: fr.f_trace_lines)
check("set unknown", lambda: setattr(fr, "custom", 1))
check("clear finished", lambda: fr.clear())
def live():
    f = sys._getframe()
    try:
        f.clear()
    except RuntimeError as e:
        return str(e)
check("clear executing", live)
def lines():
    f = sys._getframe()
    a = f.f_lineno
    b = f.f_lineno
    return b - a
check("lineno advances", lines)
check("repr", lambda: repr(fr).split(",")[2:])
def gen():
    f = sys._getframe()
    yield f.f_lineno
    yield f.f_lineno
g = gen()
check("generator frame lines", lambda: (next(g), next(g)))
check("gi_frame lineno", lambda: g.gi_frame.f_lineno)
check("gi_frame locals", lambda: sorted(g.gi_frame.f_locals))
check("module frame", lambda: (sys._getframe().f_code.co_name, sys._getframe().f_back.f_code.co_name))
def caller_of_caller():
    return sys._getframe(2).f_code.co_name
def middle():
    return caller_of_caller()
check("depth 2", middle)
def tb_frame():
    try:
        1 / 0
    except ZeroDivisionError as e:
        return e.__traceback__.tb_frame.f_code.co_name, e.__traceback__.tb_frame is sys._getframe()
check("tb_frame", tb_frame)
check("frame hashable", lambda: type(hash(fr)).__name__)
check("frame eq identity", lambda: fr == fr)
check("f_back of generator frame when suspended", lambda: g.gi_frame.f_back)

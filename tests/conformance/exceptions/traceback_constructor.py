# types.TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno) keeps the values it is given.
import sys
import types


def caught():
    try:
        raise KeyError("k")
    except KeyError as e:
        return e.__traceback__


inner = caught()
here = sys._getframe()
made = types.TracebackType(inner, here, 3, 41)
print(made.tb_next is inner, made.tb_frame is here, made.tb_lasti, made.tb_lineno)
print(types.TracebackType(None, here, 0, 1).tb_next, types.TracebackType(None, here, -7, 2).tb_lasti)
print(types.TracebackType(None, here, False, True).tb_lasti)

for bad in [("x", here, 1, 2), (inner, None, 1, 2), (inner, here, 1.5, 2), (inner, here, 1, "2")]:
    try:
        types.TracebackType(*bad)
    except TypeError as e:
        print("TypeError:", e)

# a made-up entry can be raised with
try:
    raise ValueError("v").with_traceback(made)
except ValueError as e:
    tb = e.__traceback__
    print(tb.tb_next is made, made.tb_lasti, made.tb_lineno)

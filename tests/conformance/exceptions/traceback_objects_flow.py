# traceback objects: tb_next chain, tb_lineno, tb_frame, frames' locals at the time of the error
import sys
def inner(x):
    y = x * 2
    raise ValueError(f"inner {y}")
def outer():
    z = "outer local"
    inner(21)
try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    while tb is not None:
        f = tb.tb_frame
        print(f.f_code.co_name, tb.tb_lineno - outer.__code__.co_firstlineno, sorted(k for k in f.f_locals if not k.startswith("__")) if f.f_code.co_name != "<module>" else "module")
        tb = tb.tb_next
# re-raising adds entries; with_traceback replaces them
def again():
    try:
        outer()
    except ValueError as e:
        raise
def count(tb):
    n = 0
    while tb:
        n += 1
        tb = tb.tb_next
    return n
try:
    again()
except ValueError as e:
    print("entries", count(e.__traceback__))
    e2 = e.with_traceback(None)
    print(e2 is e, e.__traceback__)
# the traceback of an exception raised and caught in the same frame has one entry
try:
    raise KeyError
except KeyError as e:
    print("same frame", count(e.__traceback__), e.__traceback__.tb_frame is sys._getframe())
# sys.exc_info()[2] is the same object
try:
    1 / 0
except ZeroDivisionError as e:
    print(sys.exc_info()[2] is e.__traceback__)
# an exception stored and raised later keeps growing its traceback
saved = []
def store():
    try:
        raise RuntimeError("stored")
    except RuntimeError as e:
        saved.append(e)
store()
print("stored entries", count(saved[0].__traceback__))
try:
    raise saved[0]
except RuntimeError as e:
    print("after re-raise", count(e.__traceback__))
# tb_lasti and tb_lineno types
try:
    raise ValueError
except ValueError as e:
    print(type(e.__traceback__.tb_lineno).__name__, type(e.__traceback__.tb_lasti).__name__)

# bare raise, exc_info, and handler state restoration
import sys
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
def reraise():
    try:
        raise KeyError("original")
    except KeyError:
        try:
            raise ValueError("inner")
        except ValueError:
            pass
        raise  # re-raises the KeyError: handler state restored after the inner try
try:
    reraise()
except KeyError as e:
    print("re-raised", repr(e))
# raise in a function called from a handler re-raises the caller's exception
def helper():
    raise
try:
    try:
        raise IndexError("from caller")
    except IndexError:
        helper()
except IndexError as e:
    print("helper re-raised", repr(e))
# sys.exc_info and sys.exception (3.11)
print(sys.exc_info(), sys.exception())
try:
    raise TypeError("t")
except TypeError:
    et, ev, tb = sys.exc_info()
    print(et.__name__, ev, type(tb).__name__, sys.exception() is ev)
    try:
        raise KeyError("k")
    except KeyError:
        print("inner", sys.exc_info()[0].__name__)
    print("restored", sys.exc_info()[0].__name__)
print("cleared", sys.exc_info())
# the except target is deleted at the end of the handler
try:
    raise ValueError
except ValueError as err:
    pass
print("err" in dir())
# exception state inside generators is isolated
def gen():
    print("gen sees", sys.exc_info()[0])
    yield
    print("gen sees after resume", sys.exc_info()[0])
    yield
g = gen()
try:
    raise KeyError
except KeyError:
    next(g)
try:
    raise IndexError
except IndexError:
    next(g)
# raise with traceback modification
try:
    try:
        raise ValueError("x")
    except ValueError as e:
        raise e.with_traceback(None)
except ValueError as e:
    print("with_traceback(None):", e.__traceback__ is not None)
# raising the same exception twice keeps extending the traceback
def f():
    raise saved
saved = KeyError("saved")
for _ in range(2):
    try:
        f()
    except KeyError as e:
        n = 0
        tb = e.__traceback__
        while tb:
            n += 1
            tb = tb.tb_next
        print("traceback entries", n)
# bare raise after the handler finished is an error again
def after():
    try:
        raise KeyError
    except KeyError:
        pass
    raise
try:
    after()
except RuntimeError as e:
    print(type(e).__name__, e)

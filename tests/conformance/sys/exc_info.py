import sys
print(sys.exc_info(), sys.exception())
try:
    raise ValueError("v")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, type(tb).__name__, tb.tb_lineno, sys.exception() is v)
    try:
        raise KeyError("k")
    except KeyError:
        print("nested", sys.exc_info()[0].__name__, repr(sys.exception()))
    print("restored", sys.exc_info()[0].__name__)
print("after", sys.exc_info(), sys.exception())
def inner():
    return sys.exc_info()[1]
try:
    1 / 0
except ZeroDivisionError:
    print("called function sees", repr(inner()))
try:
    try:
        raise TypeError("in try")
    finally:
        print("in finally (not handling)", sys.exc_info()[0])
except TypeError:
    pass
try:
    raise OSError("x")
except OSError:
    try:
        pass
    finally:
        print("finally inside handler", sys.exc_info()[0].__name__)
def gen():
    yield sys.exc_info()[0]
g = gen()
try:
    raise IndexError
except IndexError:
    print("generator sees caller's", next(g).__name__)
try:
    raise RuntimeError("a")
except RuntimeError as e:
    err = e
print(sys.exc_info()[1] is None, err.__traceback__ is not None)
class Ctx:
    def __exit__(self, t, v, tb):
        print("__exit__ sees", t.__name__ if t else None, sys.exc_info()[0].__name__ if sys.exc_info()[0] else None)
        return True
    def __enter__(self):
        return self
with Ctx():
    raise LookupError
print("after with", sys.exc_info())
try:
    sys.exc_info(1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    sys.exception(1)
except TypeError as e:
    print(type(e).__name__, e)
# exception group handlers
try:
    raise ExceptionGroup("g", [ValueError(1)])
except* ValueError:
    print("except* exc_info", type(sys.exc_info()[1]).__name__, sys.exc_info()[1].exceptions)

import sys
class Report:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  del", self.name, "exc_info:", sys.exc_info()[0])

print("__del__ running while an exception is being handled sees it")
try:
    raise KeyError("k")
except KeyError:
    r = Report("in handler")
    del r

print("__del__ triggered during unwinding")
def unwinding():
    local = Report("unwound local")
    raise ValueError("v")
try:
    unwinding()
except ValueError:
    print("  handler runs; the traceback keeps the frame")
print("  after handler")

class Catcher:
    def __del__(self):
        try:
            raise RuntimeError("inside __del__")
        except RuntimeError as e:
            print("  __del__ caught its own", repr(e))

print("__del__ that raises and catches internally does not disturb the caller")
try:
    raise IndexError("outer")
except IndexError as e:
    c = Catcher()
    del c
    print("  still handling", repr(sys.exc_info()[1]))

print("__del__ raising while another exception propagates")
class Raiser:
    def __del__(self):
        raise OSError("from __del__")
sys.unraisablehook = lambda u: print("  unraisable:", u.exc_type.__name__, u.exc_value)
def propagate():
    r = Raiser()
    raise TypeError("propagating")
try:
    propagate()
except TypeError as e:
    print("  caught", repr(e), "context:", e.__context__)
print("  after")

print("exception created in __del__ does not become a context")
class Noisy:
    def __del__(self):
        try:
            1 / 0
        except ZeroDivisionError:
            pass
try:
    try:
        n = Noisy()
        del n
        raise LookupError("main")
    except LookupError as e:
        print("  context:", e.__context__)
except Exception:
    pass

print("finally blocks and __del__ order")
def fin():
    obj = Report("fin local")
    try:
        return "value"
    finally:
        print("  finally runs first")
print("  returned", fin())
print("end")

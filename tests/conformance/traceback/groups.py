import os
import sys
import traceback

# CPython reports the main script by its absolute path: print paths relative to this directory
_dir = os.path.dirname(os.path.abspath(__file__)) + os.sep


class _Clean:
    def __init__(self, f):
        self.f = f

    def write(self, s):
        return self.f.write(s.replace(_dir, ""))

    def flush(self):
        self.f.flush()


sys.stdout = _Clean(sys.stdout)




def fail(n):
    raise ValueError(f"v{n}")


def group():
    errors = []
    for i in range(3):
        try:
            fail(i)
        except ValueError as e:
            errors.append(e)
    inner = ExceptionGroup("inner", [TypeError("t"), KeyError("k")])
    errors.append(inner)
    raise ExceptionGroup("many", errors)


try:
    group()
except ExceptionGroup as eg:
    traceback.print_exception(eg, file=sys.stdout)
    print(traceback.format_exception_only(eg))
    te = traceback.TracebackException.from_exception(eg, max_group_width=2, max_group_depth=1)
    print("".join(te.format()))

big = ExceptionGroup("big", [ValueError(i) for i in range(20)])
print("".join(traceback.format_exception(big)))
try:
    try:
        raise ExceptionGroup("eg", [OSError(2, "x")])
    except* OSError:
        raise RuntimeError("in handler")
except RuntimeError:
    traceback.print_exc(file=sys.stdout)

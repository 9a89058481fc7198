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


def inner(x):
    return x[1] + 1 / 0


def middle():
    d = {"a": [1, 2]}
    return inner(d["a"])


def outer():
    try:
        middle()
    except ZeroDivisionError as e:
        raise ValueError("wrapped") from e


try:
    outer()
except ValueError:
    text = traceback.format_exc()
    print(text)
    sys.stdout.write("".join(traceback.format_exc(chain=False)))
    etype, value, tb = sys.exc_info()
    print(traceback.format_exception_only(etype, value))
    print(traceback.format_exception_only(value))
    for fs in traceback.extract_tb(tb):
        print(fs, fs.name, fs.lineno, fs.line, len(fs), list(fs)[:3])
    print("".join(traceback.format_tb(tb)))
    print(len(traceback.format_exception(value)), traceback.format_exception(value)[-1])
    print(traceback.format_exception(etype, value, tb, limit=1)[-3:])
    traceback.print_exc(file=sys.stdout)
    traceback.print_exception(value, file=sys.stdout, chain=False)

try:
    try:
        {}["missing"]
    except KeyError:
        raise TypeError("during")
except TypeError as e:
    traceback.print_exception(e, file=sys.stdout)
    te = traceback.TracebackException.from_exception(e)
    print(str(te), te.exc_type.__name__, te.__context__.exc_type.__name__, te.__suppress_context__)
    print("".join(te.format_exception_only()))

def rec(n):
    if n == 0:
        raise RecursionError("deep")
    return rec(n - 1)

try:
    rec(10)
except RecursionError:
    traceback.print_exc(file=sys.stdout)

print(traceback.format_exception_only(ValueError, None))
print(traceback.format_exception_only(None))
print(traceback.format_exception(None))
class MyErr(Exception):
    pass
print(traceback.format_exception_only(MyErr("m")))
e = MyErr()
e.add_note("note one\nnote two")
e.add_note("third")
print(traceback.format_exception_only(e))
class BadStr(Exception):
    def __str__(self):
        raise RuntimeError
print(traceback.format_exception_only(BadStr()))
try:
    traceback.format_exception(ValueError, None)
except ValueError as err:
    print(err)
try:
    traceback.format_exception(5)
except TypeError as err:
    print(err)

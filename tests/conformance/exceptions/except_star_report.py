import sys
# the default excepthook's box layout for exception groups (printed to stdout to be compared)
class _Relative:
    """Writes to stdout with this file's absolute path shortened (it differs between machines)."""
    def write(self, text):
        sys.stdout.write(text.replace(__file__, "<case>"))
    def flush(self):
        sys.stdout.flush()
sys.stderr = _Relative()
def f():
    raise ValueError("inner")
def g():
    try:
        f()
    except ValueError as e:
        raise KeyError("k") from e
def grp():
    excs = []
    for fn in (f, g):
        try:
            fn()
        except Exception as e:
            excs.append(e)
    try:
        raise ExceptionGroup("nested", [TypeError(1), ExceptionGroup("deeper", [OSError(2)])])
    except ExceptionGroup as e:
        excs.append(e)
    excs += [ValueError(i) for i in range(16)]
    e = ExceptionGroup("many", excs)
    e.add_note("a note\nwith two lines")
    raise e
def h():
    try:
        grp()
    except* ValueError as e:
        print("caught", repr(e)[:60])
        raise RuntimeError("in handler")
    except* KeyError:
        pass
try:
    h()
except BaseException as e:
    sys.excepthook(type(e), e, e.__traceback__)
def naked():
    try:
        raise ValueError(1)
    except* ValueError:
        raise
naked()

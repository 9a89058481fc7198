# GeneratorExit thrown into a delegating generator closes the subiterator (gen.close()) and is
# then raised at the `yield from`; a subiterator whose close lookup fails is reported as
# unraisable and the delegating generator still closes.
import sys


def sub(mode, log):
    try:
        log.append("sub start")
        yield "s"
        log.append("sub resumed")
    except GeneratorExit:
        log.append("sub GeneratorExit")
        if mode == "returns":
            return "r"
        if mode == "yields":
            yield "again"
        if mode == "raises":
            raise KeyError("from sub")
        raise


def outer(mode, log):
    try:
        got = yield from sub(mode, log)
        log.append(f"outer got {got!r}")
    except GeneratorExit:
        log.append("outer GeneratorExit")
        raise
    finally:
        log.append("outer finally")


for mode in ("returns", "yields", "raises", "reraises"):
    log = []
    g = outer(mode, log)
    next(g)
    try:
        g.throw(GeneratorExit)
    except BaseException as e:
        print(mode, type(e).__name__, e.args, log)
    else:
        print(mode, "no exception", log)
    # other exceptions are still thrown into the subgenerator
    log = []
    g = outer(mode, log)
    next(g)
    try:
        g.throw(IndexError("ix"))
    except BaseException as e:
        print(" ", mode, type(e).__name__, log)


class BrokenGetattr:
    def __iter__(self):
        return self

    def __next__(self):
        return 1

    def __getattr__(self, name):
        raise ZeroDivisionError(name)


def delegate():
    try:
        yield from BrokenGetattr()
    finally:
        print("delegate finally")


def hook(u):
    print("unraisable:", u.exc_type.__name__, u.exc_value, type(u.object).__name__)


sys.unraisablehook = hook
d = delegate()
print(next(d))
d.close()
print("closed", d.gi_frame)
d = delegate()
next(d)
try:
    d.throw(AttributeError)
except ZeroDivisionError as e:
    print("throw lookup failed:", e)
d = None

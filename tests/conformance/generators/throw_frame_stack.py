# While throw() runs a subgenerator of a `yield from`, the delegating generator's frame is on the
# stack: the subgenerator's f_back is it, as when send() resumes them.
import sys


def stack():
    names = []
    frame = sys._getframe(1)
    while frame is not None and frame.f_code.co_name != "<module>":
        names.append(frame.f_code.co_name)
        frame = frame.f_back
    return names


def inner():
    print("inner starts", stack())
    try:
        yield 1
    except LookupError as e:
        print("inner caught", e, stack())
    yield 2
    print("inner ends", stack())


def middle():
    yield from inner()
    print("middle ends", stack())


def outer():
    yield from middle()


def via_throw(gen, exc):
    return gen.throw(exc)


def via_send(gen):
    return gen.send(None)


g = outer()
print(next(g))
print(via_throw(g, KeyError("k")))
try:
    via_send(g)
except StopIteration:
    print("done", g.gi_frame, g.gi_running)

g = outer()
next(g)
try:
    via_throw(g, ValueError("uncaught"))
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("traceback", names, g.gi_frame)

# coroutines share the generator core: driving them by hand with send/throw/close
import types
class Suspend:
    def __await__(self):
        got = yield "suspended"
        return ("resumed with", got)
async def coro(x):
    r = await Suspend()
    return (x, r)
c = coro(1)
print(type(c).__name__, c.__name__, c.__qualname__, c.cr_running, c.cr_suspended, c.cr_await)
print(c.send(None))
print(type(c.cr_await).__name__, c.cr_suspended, c.cr_frame is not None)
try:
    c.send("value")
except StopIteration as e:
    print("returned", e.value)
print(c.cr_frame, c.cr_suspended)
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
c2 = coro(2)
try:
    c2.send("x")
except TypeError as e:
    print(type(e).__name__, e)
c2.close()
c3 = coro(3)
c3.send(None)
try:
    c3.throw(ValueError("into coroutine"))
except ValueError as e:
    print("propagated", e)
c4 = coro(4)
try:
    next(c4)
except TypeError as e:
    print(type(e).__name__, e)
try:
    iter(c4)
except TypeError as e:
    print(type(e).__name__, e)
c4.close()
w = coro(6).__await__()
print(type(w).__name__, next(w))
try:
    w.send("via wrapper")
except StopIteration as e:
    print("wrapper returned", e.value)
async def awaits_coro():
    return await coro(7)
a = awaits_coro()
print(a.send(None))
try:
    a.send("inner")
except StopIteration as e:
    print("nested", e.value)
@types.coroutine
def gen_based():
    v = yield "from generator-based coroutine"
    return v
async def uses_gen_based():
    return await gen_based()
u = uses_gen_based()
print(u.send(None))
try:
    u.send("done")
except StopIteration as e:
    print("gen-based result", e.value)
async def bad_await():
    await 5
try:
    bad_await().send(None)
except TypeError as e:
    print(type(e).__name__, e)
class BadIter:
    def __await__(self):
        return 5
async def bad_await2():
    await BadIter()
try:
    bad_await2().send(None)
except TypeError as e:
    print(type(e).__name__, e)
async def reuse():
    inner = coro(8)
    inner.close()
    await inner
try:
    reuse().send(None)
except RuntimeError as e:
    print(type(e).__name__, e)
import sys
def unraisable(u):
    print("unraisable:", u.exc_type.__name__ if u.exc_type else None, u.err_msg)
sys.unraisablehook = unraisable

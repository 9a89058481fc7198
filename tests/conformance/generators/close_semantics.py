def g():
    try:
        yield 1
        yield 2
    finally:
        print("finally ran")

x = g()
print(next(x))
print("close returns", x.close())
print("second close", x.close())
try:
    next(x)
except StopIteration:
    print("closed generator raises StopIteration")

# closing an unstarted generator does not run the body
y = g()
print(y.close())
print(list(y))

# closing an exhausted generator
z = g()
print(list(z))
print(z.close())

# catching GeneratorExit and returning: fine
def catch_and_return():
    try:
        yield 1
    except GeneratorExit:
        print("caught GeneratorExit")
        return "ignored value"
c = catch_and_return()
next(c)
print("close ->", c.close())

# yielding after GeneratorExit
def stubborn():
    while True:
        try:
            yield "again"
        except GeneratorExit:
            print("refusing")
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(type(e).__name__, e)
print(s.gi_suspended, s.gi_frame is not None)

# raising another exception from close
def raises_other():
    try:
        yield 1
    except GeneratorExit:
        raise ValueError("from close")
r = raises_other()
next(r)
try:
    r.close()
except ValueError as e:
    print("ValueError", e, type(e.__context__).__name__)
print(r.gi_frame)

# StopIteration raised on close
def raises_stop():
    try:
        yield 1
    except GeneratorExit:
        raise StopIteration
rs = raises_stop()
next(rs)
try:
    rs.close()
except RuntimeError as e:
    print(type(e).__name__, e)

# GeneratorExit is a BaseException, not Exception
def except_exception():
    try:
        yield 1
    except Exception:
        print("not reached")
    finally:
        print("finally after GeneratorExit")
ee = except_exception()
next(ee)
ee.close()
print(issubclass(GeneratorExit, Exception), issubclass(GeneratorExit, BaseException))

# nested finally blocks
def nested():
    try:
        try:
            yield 1
        finally:
            print("inner finally")
    finally:
        print("outer finally")
n = nested()
next(n)
n.close()

# with blocks exit on close
class CM:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print("exit with", t.__name__ if t else None)
        return False
def with_gen():
    with CM():
        yield 1
w = with_gen()
next(w)
w.close()
# close with a suppressing context manager
class Suppress(CM):
    def __exit__(self, t, v, tb):
        print("suppressing", t.__name__)
        return True
def suppressed():
    with Suppress():
        yield 1
    print("after with")
    yield 2
sg = suppressed()
next(sg)
try:
    sg.close()
except RuntimeError as e:
    print(type(e).__name__, e)

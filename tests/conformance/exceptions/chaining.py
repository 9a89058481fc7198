# exception chaining: __context__, __cause__, __suppress_context__
def show(e):
    print(type(e).__name__, repr(e.args), "context:", repr(e.__context__), "cause:", repr(e.__cause__), "suppress:", e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("implicit")
except ValueError as e:
    show(e)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("explicit") from z
except ValueError as e:
    show(e)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("from None") from None
except ValueError as e:
    show(e)
# raise ... from a class instantiates it
try:
    raise ValueError("v") from KeyError
except ValueError as e:
    show(e)
# cause must be an exception or None
for cause in [1, "s", object()]:
    try:
        raise ValueError("x") from cause
    except TypeError as e:
        print(type(e).__name__, e)
class NotExc: pass
try:
    raise ValueError from NotExc
except TypeError as e:
    print(type(e).__name__, e)
# the cause is evaluated before the exception is raised, after the exception expression
def trace(tag, v):
    print("eval", tag)
    return v
try:
    raise trace("exc", KeyError("k")) from trace("cause", IndexError("i"))
except KeyError as e:
    show(e)
# setting the attributes directly
e = RuntimeError("r")
e.__cause__ = KeyError("c")
print(e.__suppress_context__)
e.__suppress_context__ = False
e.__context__ = None
for bad in [("__cause__", 5), ("__context__", "x")]:
    try:
        setattr(e, *bad)
    except TypeError as err:
        print(type(err).__name__, err)
# context is not set to the exception itself, and cycles are broken
try:
    try:
        raise KeyError("a")
    except KeyError as a:
        try:
            raise a
        except KeyError as again:
            print("re-raised same object:", again is a, again.__context__)
except Exception:
    pass
def cycle():
    try:
        raise ValueError("A")
    except ValueError as a:
        try:
            raise TypeError("B")
        except TypeError as b:
            try:
                raise a
            except ValueError as again:
                return again, b
a, b = cycle()
print(repr(a.__context__), repr(b.__context__))
# the context chain is set only for exceptions raised while handling
def nested():
    try:
        raise KeyError("outer")
    except KeyError:
        pass
    raise ValueError("after handler")
try:
    nested()
except ValueError as e:
    show(e)
# finally without handler: context from an exception propagating through finally
try:
    try:
        raise KeyError("in try")
    finally:
        raise ValueError("in finally")
except ValueError as e:
    show(e)
# generator throw sets context inside the generator
def gen():
    try:
        yield 1
    except KeyError:
        raise ValueError("from gen")
g = gen()
next(g)
try:
    g.throw(KeyError("thrown"))
except ValueError as e:
    show(e)

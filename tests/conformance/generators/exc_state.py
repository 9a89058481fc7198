import sys
# the exception being handled is saved and restored across yields (gi_exc_state)
def gen():
    try:
        raise ValueError("inside")
    except ValueError:
        print("in gen before yield:", repr(sys.exc_info()[1]))
        yield 1
        print("in gen after yield:", repr(sys.exc_info()[1]))
    print("in gen after handler:", sys.exc_info()[1])
    yield 2

g = gen()
next(g)
print("outside after yield:", sys.exc_info()[1])
try:
    raise KeyError("outer")
except KeyError:
    print("outer handling:", repr(sys.exc_info()[1]))
    next(g)
    print("outer still handling:", repr(sys.exc_info()[1]))
print(sys.exc_info())

# the caller's handled exception is visible inside a generator that handles nothing
def peek():
    yield repr(sys.exc_info()[1])
    yield repr(sys.exception())
p = peek()
try:
    raise TypeError("caller")
except TypeError:
    print(next(p))
print(next(p))

# raise inside generator chains the generator's handled exception as context
def chained():
    try:
        raise OSError("first")
    except OSError:
        yield "suspended in handler"
        raise RuntimeError("second")
c = chained()
next(c)
try:
    next(c)
except RuntimeError as e:
    print(repr(e), "context:", repr(e.__context__))

# the context of an exception thrown in while the generator handles one
def handler_then_throw():
    try:
        raise NameError("handled")
    except NameError:
        yield 1
c = handler_then_throw()
next(c)
try:
    c.throw(ZeroDivisionError("thrown"))
except ZeroDivisionError as e:
    print(repr(e), "context:", repr(e.__context__))

# bare raise inside generator re-raises the generator's exception after resumption
def reraiser():
    try:
        raise LookupError("saved")
    except LookupError:
        yield 1
        raise
r = reraiser()
next(r)
try:
    next(r)
except LookupError as e:
    print("re-raised", repr(e))

# exc_info inside a generator expression
try:
    raise IndexError("genexp sees")
except IndexError:
    print(list(repr(sys.exc_info()[1]) for _ in range(1)))

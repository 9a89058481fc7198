import sys
def gen():
    print("  start:", sys.exc_info()[0])
    try:
        yield
    except ValueError:
        print("  handling thrown:", sys.exc_info()[0].__name__)
        yield "in handler"
        print("  resumed in handler:", sys.exc_info()[0].__name__)
    print("  after handler:", sys.exc_info()[0])
    yield "end"
g = gen()
try:
    raise KeyError("outer")
except KeyError:
    next(g)
    print("outer still sees", sys.exc_info()[0].__name__)
print(g.throw(ValueError))
print("outside:", sys.exc_info()[0])
print(next(g))
print("outside again:", sys.exc_info()[0])
def closer():
    try:
        yield
    finally:
        print("  in finally during close:", sys.exc_info()[0].__name__)
c = closer()
next(c)
c.close()
def gen_exception_context():
    try:
        yield
    except ZeroDivisionError:
        raise KeyError("in generator handler")
h = gen_exception_context()
next(h)
try:
    h.throw(ZeroDivisionError)
except KeyError as e:
    print("context:", type(e.__context__).__name__)

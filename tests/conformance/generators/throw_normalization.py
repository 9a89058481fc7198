# gen.throw(type, value): CPython's _PyErr_NormalizeException rules
def catcher():
    while True:
        try:
            yield
        except BaseException as e:
            if isinstance(e, GeneratorExit):
                print("  closing")
                raise
            print("  caught", type(e).__name__, e.args)
g = catcher()
next(g)
class Base(Exception):
    pass
class Sub(Base):
    pass
class WithInit(Exception):
    def __init__(self, a, b):
        super().__init__(a + b)
print("type + instance of the type")
g.throw(Base, Base("x"))
print("type + instance of a subclass")
g.throw(Base, Sub("sub"))
print("type + instance of an unrelated exception: wrapped as the argument")
g.throw(Base, KeyError("k"))
print("type + tuple: the tuple is the argument list")
g.throw(WithInit, (1, 2))
print("type + non-exception value")
g.throw(Base, 42)
print("type + None")
g.throw(Base, None)
print("constructor failing")
try:
    g.throw(WithInit, 1)
except TypeError as e:
    print("  TypeError", e)
print("generator still alive:", g.gi_suspended)
print("BaseException subclasses")
g.throw(KeyboardInterrupt)
g.throw(SystemExit(3))
print("instance with value")
try:
    g.throw(Base("i"), "value")
except TypeError as e:
    print("  TypeError", e)
print("instance with None value")
g.throw(Base("i"), None)
print("class that is not an exception")
try:
    g.throw(int)
except TypeError as e:
    print("  TypeError", e)
print("exception class whose constructor returns something odd")
class Odd(Exception):
    def __new__(cls, *args):
        return ValueError("from __new__")
try:
    g.throw(Odd)
except TypeError as e:
    print("  TypeError", e)
print("tb argument")
try:
    raise Sub("with tb")
except Sub as e:
    tb = e.__traceback__
g.throw(Sub, Sub("t"), tb)
try:
    g.throw(Sub, Sub("t"), "not a tb")
except TypeError as e:
    print("  TypeError", e)
print("throw(type, value, None)")
g.throw(Sub, "v", None)
g.close()
g = catcher()
next(g)
class NotExc(Exception):
    def __new__(cls, *args):
        return 5
print("constructor returning a non-exception")
g.throw(NotExc)

# raise statement forms and errors
class MyError(Exception):
    def __init__(self, *args):
        print("MyError.__init__", args)
        super().__init__(*args)
for stmt in ["raise MyError", "raise MyError()", "raise MyError('msg', 2)"]:
    try:
        exec(stmt)
    except MyError as e:
        print(stmt, "->", repr(e), e.args)
for bad in ["raise 1", "raise 'string'", "raise object", "raise object()", "raise None", "raise int"]:
    try:
        exec(bad)
    except TypeError as e:
        print(bad, "->", type(e).__name__, e)
# the exception class's constructor failing
class BadInit(Exception):
    def __init__(self):
        raise KeyError("constructor failed")
try:
    raise BadInit
except KeyError as e:
    print(type(e).__name__, e)
class NeedsArg(Exception):
    def __init__(self, a):
        super().__init__(a)
try:
    raise NeedsArg
except TypeError as e:
    print(type(e).__name__, e)
# __new__ returning a non-exception
class Weird(Exception):
    def __new__(cls, *a):
        return 5
try:
    raise Weird
except TypeError as e:
    print(type(e).__name__, e)
# exception instances: args and str/repr forms
for e in [Exception(), Exception("one"), Exception("a", "b"), Exception(None), KeyError("k"), KeyError(), KeyError(1, 2), OSError(2, "msg"), OSError(2, "msg", "file"), StopIteration(5), SystemExit(3), UnicodeError("u")]:
    print(repr(e), "|", str(e), "|", e.args)
e = ValueError("orig")
e.args = ("changed",)
print(e, e.args)
e.args = [1, 2]
print(e.args, type(e.args).__name__)
# attributes on exception instances
e = ValueError("x")
e.custom = 1
print(e.custom, vars(e))
# add_note (3.11)
e = ValueError("with notes")
e.add_note("first note")
e.add_note("second note")
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as err:
    print(type(err).__name__, err)
e.__notes__ = "not a list"
try:
    e.add_note("x")
except TypeError as err:
    print(type(err).__name__, err)
# catching with tuples and base classes, the first matching clause wins
def catch(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return f"lookup-ish {type(e).__name__}"
    except LookupError:
        return "LookupError"
    except Exception:
        return "Exception"
    except BaseException:
        return "BaseException"
for exc in [KeyError, IndexError, LookupError, ValueError, KeyboardInterrupt, GeneratorExit]:
    print(exc.__name__, "->", catch(exc))
# except with a non-class
for handler in ["5", "'str'", "(KeyError, 5)", "ValueError()"]:
    try:
        exec(f"try:\n    raise KeyError\nexcept {handler}:\n    pass")
    except TypeError as e:
        print(handler, "->", type(e).__name__, e)
try:
    exec("try:\n    pass\nexcept 5:\n    pass")
    print("no exception raised: handler expression not evaluated")
except TypeError as e:
    print(type(e).__name__, e)

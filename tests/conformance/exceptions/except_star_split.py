orig = ExceptionGroup("x", [ValueError(1), TypeError(2)])
try:
    try:
        raise orig
    except* KeyError:
        pass
except ExceptionGroup as e:
    print(e is orig, repr(e))
try:
    try:
        raise orig
    except* ValueError:
        raise
except ExceptionGroup as e:
    print(e is orig, repr(e))
try:
    try:
        raise orig
    except* ValueError as e:
        raise KeyError(3)
except ExceptionGroup as e:
    print(e is orig, repr(e), repr(e.exceptions[0].__context__))
try:
    try:
        raise orig
    except* ValueError as e:
        raise KeyError(3)
    except* TypeError:
        pass
except BaseException as e:
    print(e is orig, repr(e), repr(e.__context__))
g = ExceptionGroup("x",[ValueError()])
print(g.split(KeyError)[1] is g, g.split(ValueError)[0] is g, g.subgroup(lambda e: True) is g)
orig = ExceptionGroup("x", [ValueError(1), TypeError(2)])
orig.add_note("n1")
try:
    try:
        raise orig
    except* ValueError as e:
        print("notes", e.__notes__, e.__notes__ is orig.__notes__)
        raise
except ExceptionGroup as e:
    print(repr(e), e.__notes__)
try:
    try:
        raise ValueError(5)
    except* ValueError as e:
        print(repr(e), e.__traceback__ is not None)
        raise
except ExceptionGroup as e:
    print(repr(e))
try:
    try:
        raise ValueError(5)
    except* ValueError as e:
        raise TypeError(1)
except Exception as e:
    print(repr(e), repr(e.__context__))

import sys

def show(label, fn):
    try:
        fn()
        print(label, "no exception")
    except BaseException as e:
        print(label, type(e).__name__, repr(e))

def tuple_types():
    try:
        raise ExceptionGroup("t", [ValueError(1), TypeError(2), KeyError(3)])
    except* (ValueError, TypeError) as e:
        print("tuple match", repr(e), repr(sys.exc_info()[1]))
    print("after", sys.exc_info())
show("tuple_types", tuple_types)

def name_unbound():
    try:
        raise ExceptionGroup("t", [ValueError(1)])
    except* ValueError as err:
        pass
    try:
        err
    except NameError as e:
        print("unbound:", e)
show("name_unbound", name_unbound)

def bad_type():
    try:
        raise ExceptionGroup("t", [ValueError(1)])
    except* ExceptionGroup:
        pass
show("bad_type", bad_type)

def bad_type2():
    try:
        raise ValueError(1)
    except* 42:
        pass
show("bad_type2", bad_type2)

def bad_type3():
    try:
        raise ValueError(1)
    except* (ValueError, BaseExceptionGroup):
        pass
show("bad_type3", bad_type3)

def no_exception():
    try:
        x = 1
    except* ValueError:
        print("not reached")
    else:
        print("else runs")
    finally:
        print("finally runs")
show("no_exception", no_exception)

def finally_after_unhandled():
    try:
        raise ExceptionGroup("t", [ValueError(1), OSError(2)])
    except* ValueError:
        print("handled value")
    finally:
        print("finally with", repr(sys.exc_info()[1]))
show("finally_after_unhandled", finally_after_unhandled)

def each_handler_once():
    try:
        raise ExceptionGroup("t", [ValueError(1), ValueError(2), ExceptionGroup("in", [ValueError(3), TypeError(4)])])
    except* ValueError as e:
        print("values", repr(e))
    except* TypeError as e:
        print("types", repr(e))
    except* Exception as e:
        print("never", repr(e))
show("each_handler_once", each_handler_once)

def raise_in_two():
    try:
        raise ExceptionGroup("t", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("a")
    except* TypeError:
        raise KeyError("b")
show("raise_in_two", raise_in_two)

def raise_from_handler():
    try:
        raise ExceptionGroup("t", [ValueError(1)])
    except* ValueError as e:
        raise RuntimeError("wrapped") from e
def raise_from_handler_check():
    try:
        raise_from_handler()
    except RuntimeError as e:
        print("cause", repr(e.__cause__), "context", repr(e.__context__))
show("raise_from_handler", raise_from_handler_check)

def raise_e_is_new():
    try:
        raise ExceptionGroup("t", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise e
show("raise_e_is_new", raise_e_is_new)

def base_exceptions():
    try:
        raise BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(1)])
    except* KeyboardInterrupt as e:
        print("kbd", repr(e))
show("base_exceptions", base_exceptions)

def gen():
    try:
        yield 1
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        yield "handling " + repr(e)
        print("resumed in handler", repr(sys.exc_info()[1]))
    except* TypeError as e:
        yield "handling " + repr(e)
for v in gen():
    print("gen yielded", v)

def nested():
    try:
        try:
            raise ExceptionGroup("outer", [ValueError(1), TypeError(2)])
        except* ValueError:
            try:
                raise ExceptionGroup("inner", [OSError(3)])
            except* OSError as e:
                print("inner handled", repr(e), repr(e.__context__))
            raise
    except* TypeError as e:
        print("outer type", repr(e))
show("nested", nested)

def match_everything():
    try:
        raise ExceptionGroup("t", [ValueError(1)])
    except* Exception as e:
        print("everything", repr(e))
show("match_everything", match_everything)

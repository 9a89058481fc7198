def f(x):
    try:
        if x == 0:
            raise ValueError("zero")
        if x == 1:
            raise KeyError("one")
        return "ok"
    except ValueError as e:
        return f"value {e}"
    except (KeyError, IndexError) as e:
        return f"lookup {e!r}"
    finally:
        print("finally", x)
print(f(0), f(1), f(2))
try:
    try:
        raise TypeError("inner")
    except TypeError:
        raise ValueError("outer")
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        raise TypeError("inner")
    except TypeError as t:
        raise ValueError("outer") from t
except ValueError as e:
    print(repr(e.__cause__), e.__suppress_context__)
try:
    raise ValueError("x") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__, e.__context__)
def reraise():
    try:
        raise KeyError("k")
    except KeyError:
        raise
try:
    reraise()
except KeyError as e:
    print("reraised", e)
def finally_return():
    try:
        return "try"
    finally:
        return "finally"
print(finally_return())
def finally_swallow():
    for i in range(3):
        try:
            raise ValueError
        finally:
            break
    return i
print(finally_swallow())
def continue_in_finally():
    out = []
    for i in range(3):
        try:
            out.append(i)
        finally:
            continue
    return out
print(continue_in_finally())
try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)
try:
    1 / 0
except ArithmeticError as e:
    print(type(e).__name__, e)
try:
    [][1]
except LookupError as e:
    print(type(e).__name__, e)
try:
    {}["missing"]
except KeyError as e:
    print(type(e).__name__, e, e.args)
e = None
try:
    raise RuntimeError("bound")
except RuntimeError as e:
    pass
try:
    e
except NameError as err:
    print("NameError:", err)
class MyError(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise MyError(42)
except MyError as err:
    print(err, err.code, err.args, isinstance(err, Exception))
import sys
try:
    raise IndexError("idx")
except IndexError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None, sys.exception() is v)
print(sys.exc_info())
try:
    raise Exception("a", "b")
except Exception as x:
    print(str(x), repr(x))
def else_clause():
    try:
        pass
    except Exception:
        print("no")
    else:
        print("else ran")
    finally:
        print("finally ran")
else_clause()
try:
    raise 5
except TypeError as err:
    print("TypeError:", err)
try:
    try:
        raise ValueError("first")
    finally:
        print("cleanup")
except ValueError as err:
    print("got", err)

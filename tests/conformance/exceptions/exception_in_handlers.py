# exceptions raised inside except/else/finally and in with-exit, and what is reported
def f1():
    try:
        raise ValueError("a")
    except ValueError:
        raise TypeError("b")
def f2():
    try:
        raise ValueError("a")
    except ValueError as e:
        raise TypeError("b") from e
def f3():
    try:
        pass
    finally:
        raise KeyError("c")
def f4():
    try:
        raise ValueError("a")
    finally:
        pass
def f5():
    try:
        raise ValueError("a")
    except ValueError:
        try:
            raise IndexError("inner")
        except IndexError:
            pass
        raise
def f6():
    try:
        raise ValueError("a")
    except ValueError:
        return "returned from handler"
    finally:
        print("f6 finally")
def f7():
    for i in range(2):
        try:
            raise ValueError(i)
        except ValueError:
            continue
        finally:
            print("f7 finally", i)
    return "loop done"
for fn in (f1, f2, f3, f4, f5, f6, f7):
    try:
        print(fn.__name__, "->", fn())
    except Exception as e:
        ctx = e.__context__
        print(fn.__name__, "raised", type(e).__name__, e, "| context:", type(ctx).__name__ if ctx else None, "| cause:", type(e.__cause__).__name__ if e.__cause__ else None)
# a handler that raises the same exception object again
def same():
    err = KeyError("same")
    try:
        raise err
    except KeyError:
        raise err
try:
    same()
except KeyError as e:
    print("same object re-raised, context:", e.__context__)
# sys.exc_info inside finally after a handled exception
import sys
def state():
    try:
        try:
            raise ValueError("x")
        except ValueError:
            pass
    finally:
        return sys.exc_info()
print(state())

# try/except/else/finally: which clauses run, and in what order
def run(raise_in=None, handle=True):
    log = []
    try:
        log.append("try")
        if raise_in == "try":
            raise ValueError("try")
    except ValueError as e:
        log.append(f"except {e}")
        if raise_in == "except":
            raise KeyError("except")
    else:
        log.append("else")
        if raise_in == "else":
            raise KeyError("else")
    finally:
        log.append("finally")
    log.append("after")
    return log
for where in [None, "try", "else"]:
    print(where, run(where))
for where in ["except", "else"]:
    try:
        run("try" if where == "except" else "else")
    except KeyError as e:
        print(where, "raised", e)
def except_in_else():
    try:
        pass
    except KeyError:
        print("not reached")
    else:
        try:
            raise KeyError("from else")
        except KeyError as e:
            return f"handled inside else: {e}"
print(except_in_else())
# an exception raised in else is not handled by the same try's except clauses
def else_not_caught():
    try:
        try:
            pass
        except ValueError:
            return "caught by same try (wrong)"
        else:
            raise ValueError("raised in else")
    except ValueError as e:
        return f"caught outside: {e}"
print(else_not_caught())
# the handler variable does not leak and is cleared even when the handler raises
def handler_var():
    try:
        try:
            raise ValueError("v")
        except ValueError as err:
            raise KeyError("k")
    except KeyError:
        pass
    return "err" in locals()
print(handler_var())
# multiple except clauses and exception groups of types
def classify(exc):
    try:
        raise exc
    except (TypeError, ValueError) as e:
        return f"type/value: {type(e).__name__}"
    except ArithmeticError as e:
        return f"arith: {type(e).__name__}"
    except Exception as e:
        return f"other: {type(e).__name__}"
for exc in [TypeError(), ValueError(), ZeroDivisionError(), OverflowError(), KeyError(), UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad")]:
    print(classify(exc))
# a bare except catches everything including BaseException
try:
    raise SystemExit(5)
except:
    print("bare except caught SystemExit")
# nested try in finally
def nested_finally():
    log = []
    try:
        log.append("outer try")
    finally:
        try:
            log.append("inner try")
            raise ValueError
        except ValueError:
            log.append("inner except")
        finally:
            log.append("inner finally")
    return log
print(nested_finally())
# exception raised in a handler chains to the handled exception; finally still runs
def chained():
    try:
        try:
            raise ValueError("first")
        except ValueError:
            raise TypeError("second")
        finally:
            print("finally of chained")
    except TypeError as e:
        return repr(e.__context__)
print(chained())

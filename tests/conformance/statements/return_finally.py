# return in finally overrides returns and exceptions
def override_return():
    try:
        return "try"
    finally:
        return "finally"
print(override_return())
def override_exception():
    try:
        raise ValueError("swallowed")
    finally:
        return "finally wins"
print(override_exception())
def return_value_evaluated_before_finally():
    x = 1
    try:
        return x
    finally:
        x = 2
        print("finally sees x =", x)
print(return_value_evaluated_before_finally())
def mutable_return():
    lst = []
    try:
        return lst
    finally:
        lst.append("added in finally")
print(mutable_return())
def nested():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
            return "inner finally"
    finally:
        print("outer finally")
print(nested())
def raise_in_finally():
    try:
        return 1
    finally:
        raise KeyError("finally raised")
try:
    raise_in_finally()
except KeyError as e:
    print(type(e).__name__, e, e.__context__)
def except_return_finally():
    try:
        1 / 0
    except ZeroDivisionError:
        return "except"
    finally:
        print("finally after except return")
print(except_return_finally())
def else_return():
    try:
        pass
    except Exception:
        return "except"
    else:
        return "else"
    finally:
        print("finally after else")
print(else_return())
def exception_context_in_finally():
    try:
        raise ValueError("first")
    finally:
        import sys
        print("in finally exc_info:", sys.exc_info()[0].__name__)
try:
    exception_context_in_finally()
except ValueError as e:
    print("propagated", e)
# generator: return in finally during close
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
g = gen()
print(next(g))
g.close()
print("closed")
def gen_return_in_finally():
    try:
        yield 1
    finally:
        return "ignored"
g = gen_return_in_finally()
next(g)
g.close()
print("close with return in finally ok")
# finally runs on the way out of a loop with return
def loop_return():
    for i in range(3):
        try:
            return i
        finally:
            print("loop finally", i)
print(loop_return())

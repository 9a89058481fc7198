log = []
def else_return():
    try:
        pass
    except ValueError:
        pass
    else:
        return "else"
    finally:
        log.append("finally after else return")
def loop_break_else():
    for i in range(3):
        try:
            pass
        except ValueError:
            pass
        else:
            if i == 1:
                break
        finally:
            log.append(f"finally {i}")
    return i
def with_return():
    class CM:
        def __enter__(self):
            return self
        def __exit__(self, *a):
            log.append(f"exit {a[0]}")
    with CM():
        return "from with"
def nested_finally():
    try:
        try:
            return "inner"
        finally:
            log.append("inner finally")
    finally:
        log.append("outer finally")
def return_overrides():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"
def exception_in_finally():
    try:
        raise KeyError("first")
    finally:
        raise ValueError("second")
print(else_return(), loop_break_else(), with_return(), nested_finally(), return_overrides())
try:
    exception_in_finally()
except ValueError as e:
    print(repr(e), repr(e.__context__))
def gen_finally():
    try:
        yield 1
    finally:
        log.append("gen finally")
for x in gen_finally():
    pass
print(log)

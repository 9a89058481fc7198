# return inside finally, exceptions swallowed or replaced, values of StopIteration
def swallow():
    try:
        yield 1
        raise ValueError("lost")
    finally:
        return "from finally"
g = swallow()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)

def close_with_return_in_finally():
    try:
        yield 1
    finally:
        return "swallowed GeneratorExit"
g = close_with_return_in_finally()
next(g)
print("close ->", g.close())

def throw_into_finally_return():
    try:
        yield 1
    finally:
        return 42
g = throw_into_finally_return()
next(g)
try:
    g.throw(KeyError("k"))
except StopIteration as e:
    print("throw swallowed, value", e.value)

def yield_in_finally():
    try:
        yield "body"
    finally:
        yield "finally"
print(list(yield_in_finally()))
g = yield_in_finally()
next(g)
print(g.throw(ValueError("v")))
try:
    next(g)
except ValueError as e:
    print("re-raised after finally yields:", e)

def nested_try():
    try:
        try:
            yield 1
        except ValueError:
            yield "inner handler"
            raise TypeError("converted")
    except TypeError as e:
        yield ("outer handler", str(e), type(e.__context__).__name__)
g = nested_try()
next(g)
print(g.throw(ValueError))
print(next(g))

def break_in_finally():
    for i in range(3):
        try:
            yield i
        finally:
            if i == 1:
                break
    yield "after loop"
g = break_in_finally()
print(next(g), next(g))
print(g.throw(RuntimeError("discarded by break")))

def continue_in_finally():
    for i in range(3):
        try:
            yield i
            raise KeyError(i)
        finally:
            continue
    yield "done"
print(list(continue_in_finally()))

def return_value_types():
    yield
    return [1, 2]
g = return_value_types()
next(g)
try:
    next(g)
except StopIteration as e:
    print(e.value, e.args, str(e))

def with_and_return():
    class CM:
        def __enter__(self):
            return self
        def __exit__(self, *exc):
            print("exit", exc[0])
            return False
    with CM():
        yield 1
        return "ret"
print(list(with_and_return()))

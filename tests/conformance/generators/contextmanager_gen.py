from contextlib import contextmanager
@contextmanager
def managed(name):
    print("enter", name)
    try:
        yield name.upper()
    except KeyError as e:
        print("handled in generator", repr(e))
    finally:
        print("exit", name)
with managed("a") as v:
    print("body", v)
with managed("b"):
    raise KeyError("swallowed")
print("after b")
try:
    with managed("c"):
        raise ValueError("propagates")
except ValueError as e:
    print("outside", e)
@contextmanager
def no_yield():
    if False:
        yield
try:
    with no_yield():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)
@contextmanager
def two_yields():
    yield 1
    yield 2
try:
    with two_yields():
        pass
except RuntimeError as e:
    print(type(e).__name__, e)
@contextmanager
def reraise_other():
    try:
        yield
    except ZeroDivisionError:
        raise OSError("converted")
try:
    with reraise_other():
        1 / 0
except OSError as e:
    print("converted:", e, type(e.__context__).__name__)
@contextmanager
def stop_inside():
    yield
try:
    with stop_inside():
        raise StopIteration("from body")
except StopIteration as e:
    print("StopIteration passes through:", e)
cm = managed("decorated")
@cm
def decorated():
    print("in decorated function")
try:
    decorated()
except Exception as e:
    print(type(e).__name__, e)
@managed("as decorator")
def deco2():
    print("inside deco2")
deco2()
deco2()

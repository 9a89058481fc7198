# __index__ returning a strict int subclass (bool, or a user subclass) still gives the plain
# int value everywhere an index is needed, with 3.11's DeprecationWarning.
import operator
import warnings

class Flag:
    def __index__(self):
        return True

class MyInt(int):
    pass

class Sub:
    def __index__(self):
        return MyInt(2)

def run(label, fn):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = fn()
    print(label, repr(result), type(result).__name__)
    for w in caught:
        print("   ", w.category.__name__, w.message)

run("int(Flag())", lambda: int(Flag()))
run("operator.index(Flag())", lambda: operator.index(Flag()))
run("operator.index(Sub())", lambda: operator.index(Sub()))
run("list index", lambda: ["a", "b", "c"][Sub()])
run("range", lambda: list(range(Sub())))
run("hex", lambda: hex(Flag()))

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        operator.index(Flag())
    except DeprecationWarning as e:
        print("as error:", e)

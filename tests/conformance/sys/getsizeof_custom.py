# sys.getsizeof calls a class's own __sizeof__ (found on the type, through descriptors), checks
# its result and adds the object header CPython counts for instances of classes.
import sys

class Zero:
    def __sizeof__(self):
        return 0

class Slotted:
    __slots__ = ()
    def __sizeof__(self):
        return 5

class IntSub(int):
    def __sizeof__(self):
        return 5

print(sys.getsizeof(Zero()), sys.getsizeof(Slotted()), sys.getsizeof(IntSub()))

for result in (-1, "x", 2 ** 70, True, 10):
    class R:
        def __sizeof__(self):
            return result
    for args in ((R(),), (R(), "default")):
        try:
            print(repr(result), sys.getsizeof(*args))
        except (TypeError, ValueError, OverflowError) as e:
            print(repr(result), type(e).__name__, e)

class Raises:
    def __sizeof__(self):
        raise TypeError("no size")

print(sys.getsizeof(Raises(), -1))

class Recorded:
    calls = []
    class Descr:
        def __get__(self, obj, owner):
            Recorded.calls.append("get")
            return lambda: 8
    __sizeof__ = Descr()

r = Recorded()
r.__sizeof__ = lambda: 1000  # instance attributes are not consulted
print(sys.getsizeof(r), Recorded.calls)

# object.__reduce_ex__/__reduce__ argument checking, __getnewargs__/__getnewargs_ex__ looked up on
# the type only, and the slot state taken from a class's own __slotnames__.
import copyreg

for f in (lambda: object().__reduce__(0), lambda: object().__reduce_ex__(),
          lambda: object().__reduce_ex__(None), lambda: object().__reduce_ex__(protocol=2),
          lambda: object().__reduce__(x=1)):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
print(object().__reduce_ex__(0)[1], object().__reduce__()[1])

class Picky:
    def __getstate__(self):
        return {}
    def __getattr__(self, attr):
        if attr in ("__getnewargs__", "__getnewargs_ex__"):
            raise AssertionError(attr)
        return None

for proto in range(6):
    r = Picky().__reduce_ex__(proto)
    print(proto, r[0].__name__, r[1][0].__name__, r[2:])

class WithArgs:
    def __init__(self, a):
        self.a = a
    def __getnewargs__(self):
        return (self.a,)

r = WithArgs(5).__reduce_ex__(2)
print(r[0] is copyreg.__newobj__, r[1][1:], r[2])

class S(str):
    pass

class A:
    __slotnames__ = [S("spam")]
    def __getattr__(self, attr):
        if attr == "spam":
            A.__slotnames__[:] = [S("spam")]
            return 42
        raise AttributeError(attr)

r = A().__reduce_ex__(2)
print(r[0] is copyreg.__newobj__, r[2])

class Names:
    __slotnames__ = ["x", "y"]

n = Names()
n.x = 1
print(n.__reduce_ex__(2)[2], n.__getstate__())

class Grows:
    __slotnames__ = ["x"]
    def __getattr__(self, attr):
        Grows.__slotnames__.append("more")
        raise AttributeError(attr)

try:
    Grows().__reduce_ex__(2)
except RuntimeError as e:
    print("RuntimeError:", e)

class BadNames:
    __slotnames__ = ("x",)

try:
    BadNames().__reduce_ex__(2)
except TypeError as e:
    print("TypeError:", e)

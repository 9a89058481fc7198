def sub():
    print("sub start")
    try:
        x = yield "s1"
        print("sub got", x)
        y = yield "s2"
        print("sub got", y)
    except KeyError as e:
        print("sub caught", repr(e))
        yield "s-caught"
    finally:
        print("sub finally")
    return "sub-result"

def outer():
    r = yield from sub()
    print("outer got result", r)
    yield "o-end"

g = outer()
print(next(g))
print(g.send("A"))
print(g.send("B"))
try:
    next(g)
except StopIteration:
    print("done")

# throw forwarded
g = outer()
next(g)
print(g.throw(KeyError("k")))
print(next(g))

# throw not handled by sub propagates out through outer
def outer2():
    try:
        yield from sub()
    except ValueError as e:
        print("outer2 caught", e)
        yield "o2"
g = outer2()
next(g)
print(g.throw(ValueError("v")))

# close forwarded
g = outer()
next(g)
g.close()
print("closed")

# delegation to a non-generator iterator: send non-None fails
class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration(99)
        return self.n
def over_iter():
    r = yield from It()
    yield ("ret", r)
print(list(over_iter()))
g = over_iter()
next(g)
try:
    g.send(5)
except AttributeError as e:
    print(type(e).__name__, e)

# delegation to an iterator with send/throw/close methods
class Full(It):
    def send(self, v):
        print("Full.send", v)
        return self.__next__()
    def throw(self, *a):
        print("Full.throw", a[0].__name__ if isinstance(a[0], type) else type(a[0]).__name__)
        return "thrown-handled"
    def close(self):
        print("Full.close")
def over_full():
    yield from Full()
g = over_full()
print(next(g))
print(g.send("x"))
print(g.throw(ValueError))
g.close()

# throw into iterator without throw method: raised at the yield from
def over_plain():
    try:
        yield from iter([1, 2, 3])
    except ZeroDivisionError:
        print("caught in delegator")
        yield "after"
g = over_plain()
next(g)
print(g.throw(ZeroDivisionError))

# close on iterator without close method
g = over_plain()
next(g)
g.close()
print("closed plain")

# yield from lists, strings, ranges, generator expressions
def many():
    yield from [1, 2]
    yield from "ab"
    yield from range(3, 5)
    yield from (x * x for x in range(3))
print(list(many()))

# yield from a non-iterable
def bad():
    yield from 5
try:
    list(bad())
except TypeError as e:
    print(type(e).__name__, e)

# StopIteration value from subgenerator with StopIteration(value) return
def returns_tuple():
    return (1, 2)
    yield
def take():
    v = yield from returns_tuple()
    yield v
print(list(take()))

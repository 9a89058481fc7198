def g():
    x = yield 1
    print("x =", x)
    yield 2

gen = g()
try:
    gen.send(5)
except TypeError as e:
    print(type(e).__name__, e)
# the generator is still startable after the failed send
print(gen.send(None))
print(gen.send("hello"))
try:
    gen.send(1)
except StopIteration as e:
    print("StopIteration", repr(e.value), e.args)
try:
    gen.send(1)
except StopIteration as e:
    print("again StopIteration", e.args)
try:
    next(gen)
except StopIteration as e:
    print("next after end", e.args)

# send() argument count
gen2 = g()
try:
    gen2.send()
except TypeError as e:
    print(type(e).__name__, e)
try:
    gen2.send(1, 2)
except TypeError as e:
    print(type(e).__name__, e)

# send on a generator that returned a value
def r():
    yield 1
    return [1, 2]
rg = r()
next(rg)
try:
    rg.send(None)
except StopIteration as e:
    print("value", e.value, e.args)

# return None gives no args
def rn():
    yield 1
rg = rn()
next(rg)
try:
    next(rg)
except StopIteration as e:
    print("none value", e.value, e.args)

# returning a tuple: StopIteration value is the tuple
def rt():
    return (1, 2)
    yield
try:
    next(rt())
except StopIteration as e:
    print("tuple value", e.value, e.args)

# returning a StopIteration instance as value
def rs():
    return StopIteration("inner")
    yield
try:
    next(rs())
except StopIteration as e:
    print("si value", repr(e.value))

# send None to an unstarted generator is like next
def counter():
    n = 0
    while True:
        got = yield n
        n = n + 1 if got is None else got
c = counter()
print(c.send(None), c.send(None), c.send(10), next(c))

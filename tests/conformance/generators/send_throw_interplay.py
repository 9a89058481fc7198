def worker():
    results = []
    while True:
        try:
            item = yield len(results)
        except ValueError as e:
            results.append(("error", str(e)))
            continue
        except GeneratorExit:
            print("closing with", results)
            return
        if item is None:
            break
        results.append(item)
    yield ("finished", results)
w = worker()
print(next(w))
print(w.send("a"))
print(w.throw(ValueError("bad item")))
print(w.send("b"))
print(w.send(None))
try:
    next(w)
except StopIteration:
    print("exhausted")
w2 = worker()
next(w2)
w2.send(1)
w2.close()
print("closed:", w2.gi_frame is None)
def echo():
    received = None
    while True:
        received = yield received
e = echo()
print(e.send(None), e.send(1), e.send("two"), next(e), e.send([3]))
def thrower():
    try:
        yield 1
    except KeyError:
        yield "caught KeyError"
        yield "still running"
t = thrower()
next(t)
print(t.throw(KeyError))
print(t.send("ignored value"))
try:
    t.throw(KeyError)
except KeyError:
    print("second KeyError not caught")
print(t.gi_frame)
def value_after_throw():
    x = yield "first"
    print("x is", x)
    try:
        y = yield "second"
    except IndexError:
        y = "from handler"
    print("y is", y)
    yield "third"
v = value_after_throw()
print(next(v))
print(v.send("X"))
print(v.throw(IndexError))
v.close()

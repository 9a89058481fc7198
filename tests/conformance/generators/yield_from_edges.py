# close() forwarded through yield from when the subgenerator misbehaves
def refusing_sub():
    try:
        yield 1
    except GeneratorExit:
        yield "refused"
def outer():
    try:
        yield from refusing_sub()
    finally:
        print("outer finally")
g = outer()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(type(e).__name__, e)

def raising_sub():
    try:
        yield 1
    except GeneratorExit:
        raise KeyError("from sub close")
def outer2():
    try:
        yield from raising_sub()
    except KeyError as e:
        print("outer2 sees", repr(e))
        raise
g = outer2()
next(g)
try:
    g.close()
except KeyError as e:
    print("close raised", repr(e))

# throw into a sub that returns: the value becomes the yield from result
def returns_on_throw():
    try:
        yield 1
    except ValueError:
        return "recovered"
def outer3():
    r = yield from returns_on_throw()
    print("outer3 result", r)
    yield "next"
g = outer3()
next(g)
print(g.throw(ValueError))

# a sub that is already exhausted
def empty():
    return "empty-ret"
    yield
sub = empty()
def outer4():
    r = yield from sub
    print("first", r)
    r = yield from sub
    print("second", r)
    yield "end"
print(list(outer4()))

# three-level chain: gi_yieldfrom at every level, send reaches the innermost
def level3():
    v = yield "l3"
    print("level3 got", v)
    return "r3"
def level2():
    r = yield from level3()
    return r + "+2"
def level1():
    r = yield from level2()
    yield r
g = level1()
print(next(g))
print(g.gi_yieldfrom.__name__, g.gi_yieldfrom.gi_yieldfrom.__name__, g.gi_yieldfrom.gi_yieldfrom.gi_yieldfrom)
print(g.send("value"))
print(g.gi_yieldfrom)

# throw passes through all levels
g = level1()
next(g)
try:
    g.throw(IndexError("deep"))
except IndexError as e:
    names = []
    tb = e.__traceback__
    while tb is not None:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("traceback through", names)

# recursive delegation: tree walk
def walk(tree):
    if isinstance(tree, list):
        for t in tree:
            yield from walk(t)
    else:
        yield tree
print(list(walk([1, [2, [3, [4, [5]]]], 6])))

def deep(n):
    if n:
        yield from deep(n - 1)
    else:
        yield "bottom"
print(list(deep(200)))

# yield from with a generator that raises StopIteration explicitly in its body
def bad_sub():
    yield 1
    raise StopIteration("oops")
def outer5():
    yield from bad_sub()
try:
    list(outer5())
except RuntimeError as e:
    print(type(e).__name__, e)

# iterator whose close raises
class CloseRaises:
    def __iter__(self): return self
    def __next__(self): return 1
    def close(self): raise OSError("close failed")
def outer6():
    yield from CloseRaises()
g = outer6()
next(g)
try:
    g.close()
except OSError as e:
    print(type(e).__name__, e)

# throw() of the iterator raises StopIteration with a value
class ThrowStops:
    def __iter__(self): return self
    def __next__(self): return "n"
    def throw(self, *a): raise StopIteration("stopped-value")
def outer7():
    r = yield from ThrowStops()
    yield ("result", r)
g = outer7()
next(g)
print(g.throw(ValueError))

# send through to an iterator with send()
class Echo:
    def __iter__(self): return self
    def __next__(self): return "next"
    def send(self, v):
        if v == "stop":
            raise StopIteration("echo done")
        return "echo " + str(v)
def outer8():
    r = yield from Echo()
    yield r
g = outer8()
print(next(g), g.send(1), g.send("stop"))

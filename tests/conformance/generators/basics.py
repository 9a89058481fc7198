def gen():
    x = yield 1
    print("got", x)
    y = yield 2
    print("got", y)
    return "done"
g = gen()
print(next(g))
print(g.send("a"))
try:
    g.send("b")
except StopIteration as e:
    print("StopIteration", e.value)
def counter(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(counter(4)), sum(counter(5)))
def delegate():
    r = yield from counter(3)
    print("subgen returned", r)
    yield "end"
print(list(delegate()))
def sub():
    yield 1
    return "sub result"
def outer():
    r = yield from sub()
    yield r
print(list(outer()))
def closing():
    try:
        yield 1
        yield 2
    finally:
        print("closing finally")
c = closing()
print(next(c))
c.close()
print("closed")
def catcher():
    while True:
        try:
            yield
        except ValueError as e:
            print("caught", e)
cg = catcher()
next(cg)
cg.throw(ValueError("boom"))
cg.throw(ValueError("again"))
def ignore_exit():
    try:
        yield 1
    except GeneratorExit:
        yield 2
ig = ignore_exit()
next(ig)
try:
    ig.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def pep479():
    yield 1
    raise StopIteration("inside")
try:
    list(pep479())
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)
g2 = (x * x for x in range(3))
print(next(g2), list(g2))
def states():
    yield
s = states()
print(s.gi_running, s.gi_suspended, s.gi_frame is not None)
next(s)
print(s.gi_suspended)
try:
    next(s)
except StopIteration:
    print("exhausted", s.gi_frame)
def running():
    yield rg.gi_running
rg = running()
print(next(rg))
try:
    gen().send(1)
except TypeError as e:
    print("TypeError:", e)
def recursive_gen():
    def inner():
        yield next(ri)
    ri = inner()
    yield from ri
try:
    list(recursive_gen())
except ValueError as e:
    print("ValueError:", e)
def expr_yield():
    x = (yield 1) + (yield 2)
    yield x
eg = expr_yield()
print(next(eg), eg.send(10), eg.send(20))
def early(): 
    return 5
    yield
print(list(early()))
genexp_first = (x for x in [1, 2])
print(genexp_first.__name__, type(genexp_first).__name__)
def throw_in_delegate():
    def inner():
        try:
            yield 1
        except KeyError:
            yield "inner caught"
    yield from inner()
td = throw_in_delegate()
next(td)
print(td.throw(KeyError))

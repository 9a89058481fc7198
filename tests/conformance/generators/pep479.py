# PEP 479: StopIteration escaping a generator frame becomes RuntimeError
def direct():
    yield 1
    raise StopIteration("direct")
g = direct()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e)
    print(type(e.__cause__).__name__, e.__cause__, e.__cause__ is e.__context__, e.__suppress_context__)
print(g.gi_frame, g.gi_suspended)
try:
    next(g)
except StopIteration as e:
    print("then StopIteration", e.args)

# implicit: next() on an exhausted iterator inside the generator
def implicit():
    it = iter([])
    yield next(it)
try:
    list(implicit())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

# subclass of StopIteration too
class MyStop(StopIteration):
    pass
def sub():
    yield 1
    raise MyStop
try:
    for x in sub():
        print("item", x)
except RuntimeError as e:
    print("RuntimeError", e, type(e.__cause__).__name__)

# StopIteration caught inside the generator is fine
def caught():
    try:
        raise StopIteration("x")
    except StopIteration as e:
        yield ("caught", e.args)
print(list(caught()))

# return inside the generator is the normal end
def ret():
    yield 1
    return 2
print(list(ret()))

# generator expressions are covered as well
def boom():
    raise StopIteration("from genexp")
try:
    print(list(boom() for _ in range(2)))
except RuntimeError as e:
    print("genexp:", e)

# StopIteration raised in a nested function called by the generator
def helper():
    raise StopIteration
def uses_helper():
    yield helper()
try:
    list(uses_helper())
except RuntimeError as e:
    print("helper:", e)

# a StopIteration thrown in via throw() also becomes RuntimeError
def waiting():
    yield 1
    yield 2
w = waiting()
next(w)
try:
    w.throw(StopIteration("thrown"))
except RuntimeError as e:
    print("throw:", e, e.__cause__.args)

# the RuntimeError is not itself a StopIteration: for loops propagate it
def outer():
    yield from direct()
try:
    for v in outer():
        print("outer item", v)
except RuntimeError as e:
    print("outer:", e)

# other exceptions pass through unchanged
def other():
    yield 1
    raise ValueError("plain")
try:
    list(other())
except ValueError as e:
    print("ValueError", e, e.__cause__)

# a StopIteration in a plain iterator's __next__ just ends iteration
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration("done")
print(list(It()))

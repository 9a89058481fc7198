# closures, cells, late binding
def make_counters():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
    return fs
print([f() for f in make_counters()])
def make_bound():
    return [(lambda i=i: i) for i in range(3)]
print([f() for f in make_bound()])
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    def get():
        return n
    return inc, get
inc, get = counter()
inc(); inc()
print(get(), inc.__closure__[0].cell_contents, inc.__code__.co_freevars, counter.__code__.co_cellvars)
# a cell shared by sibling closures
def shared():
    x = []
    def add(v):
        x.append(v)
    def show():
        return x
    return add, show
add, show = shared()
add(1); add(2)
print(show())
# the cell variable is rebound after the closure is created
def rebind():
    v = "first"
    f = lambda: v
    v = "second"
    return f()
print(rebind())
# closures over parameters
def adder(n):
    return lambda x: x + n
print(adder(3)(4), adder.__code__.co_cellvars)
# a cell deleted before use
def deleted():
    v = 1
    def f():
        return v
    del v
    try:
        f()
    except NameError as e:
        print(type(e).__name__, e)
deleted()
# a free variable referenced before assignment in the enclosing function
def early():
    def f():
        return late
    try:
        f()
    except NameError as e:
        print(type(e).__name__, e)
    late = 1
    return f()
print(early())
# cell objects
def cellmaker():
    a = 1
    return lambda: a
c = cellmaker().__closure__[0]
print(type(c).__name__, c.cell_contents)
c.cell_contents = 5
print(cellmaker.__code__.co_cellvars)
import types
empty = types.CellType()
try:
    empty.cell_contents
except ValueError as e:
    print(type(e).__name__, e)
print(types.CellType(3).cell_contents)
# closures in loops with comprehension scopes
fs = [lambda: x for x in range(3)]
print([f() for f in fs])
# nested closure through three levels with nonlocal
def l1():
    v = 0
    def l2():
        def l3():
            nonlocal v
            v += 10
        l3()
        return v
    return l2
print(l1()(), l1()())
# __closure__ is None for functions without free variables
def plain(): pass
print(plain.__closure__, len(adder(1).__closure__))
# class bodies can be closed over by methods only through explicit names
def factory():
    secret = 42
    class K:
        def get(self):
            return secret
    return K
print(factory()().get())

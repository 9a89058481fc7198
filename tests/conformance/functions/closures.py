def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    return inc
c = counter()
print(c(), c(), c())
def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in make_adders()])
def late():
    return [lambda: i for i in range(3)]
print([f() for f in late()])
x = "global"
def read_global():
    return x
def write_global():
    global x
    x = "changed"
print(read_global())
write_global()
print(x)
def shadow():
    x = "local"
    def inner():
        return x
    return inner()
print(shadow())
def deep():
    a = 1
    def l1():
        def l2():
            def l3():
                return a
            return l3()
        return l2()
    return l1()
print(deep())
def unbound():
    try:
        print(y)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    y = 1
unbound()
def free_unbound():
    def inner():
        return z
    try:
        inner()
    except NameError as e:
        print(type(e).__name__ + ":", e)
    z = 1
free_unbound()
try:
    undefined_name
except NameError as e:
    print("NameError:", e)
print(counter.__code__.co_cellvars, c.__code__.co_freevars)
print(c.__closure__[0].cell_contents)

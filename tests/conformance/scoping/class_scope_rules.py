# class body scope: names are not visible in methods or comprehensions
class C:
    x = 10
    y = x + 1
    def method(self):
        try:
            return x
        except NameError as e:
            return f"NameError: {e}"
    try:
        comp = [x for _ in range(2)]
    except NameError as e:
        comp = f"NameError: {e}"
    first_iter = [v * 2 for v in [x, y]]       # the first iterable is evaluated in the class scope
    try:
        nested = [v for v in range(2) for w in [x]]
    except NameError as e:
        nested = f"NameError: {e}"
    lam = lambda self: x if False else "lambda ok"
    gen_ok = list(v for v in (x, y))
print(C.y, C().method(), C.comp, C.first_iter, C.nested, C().lam(), C.gen_ok)
# class body sees enclosing function variables, and global declarations
def f():
    local = "enclosing"
    class D:
        a = local
        def m(self):
            return local
    return D
D = f()
print(D.a, D().m())
# a name assigned in the class body is looked up in the class dict first, then globals (not the enclosing)
g = "global g"
def f2():
    g = "enclosing g"
    class E:
        print("in class before assign:", g)
        g = "class g"
        print("in class after assign:", g)
    return E
f2()
# class body name shadows a later free variable lookup (LOAD_CLASSDEREF)
def f3():
    v = "enclosing v"
    class F:
        print("classderef:", v)
        locals()["v"] = "from locals"
        print("classderef after locals write:", v)
    return F
f3()
# __qualname__ and __module__ set in class body
class Q:
    print(__qualname__, __module__)
    class Inner:
        print(__qualname__)
        def m(self): pass
print(Q.Inner.m.__qualname__)
# methods refer to the class through its global name
class Self:
    count = 0
    def inc(self):
        Self.count += 1
        return Self.count
print(Self().inc(), Self().inc())
# class body executes in order and can use earlier names
class Order:
    a = 1
    b = a * 2
    del a
    def c(self): pass
    d = c
print(sorted(k for k in vars(Order) if not k.startswith("__")))
# global and nonlocal in class bodies
counter = 0
class G:
    global counter
    counter += 1
print(counter)
def outer():
    n = 0
    class H:
        nonlocal n
        n = 5
    return n
print(outer())
# __class__ is not visible as a plain name in class body
class Z:
    try:
        __class__
    except NameError as e:
        print(type(e).__name__, e)

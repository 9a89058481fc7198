# closures: cells shared between functions, nonlocal in loops, class bodies and generators
def make():
    funcs = []
    for i in range(3):
        def f(i=i):
            return i
        funcs.append(f)
    return funcs
print([f() for f in make()])
def counter_pair():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def reset():
        nonlocal count
        old, count = count, 0
        return old
    return inc, reset
inc, reset = counter_pair()
inc(); inc()
print(reset(), inc())
# a closure over a loop variable sees the final value
def late():
    fs = [lambda: x for x in "abc"]
    return [f() for f in fs]
print(late())
def loop_cells():
    out = []
    for k in range(3):
        def get():
            return k
        out.append(get)
    k = "changed"
    return [g() for g in out]
print(loop_cells())
# generator closures
def gen_closure():
    total = 0
    def add(n):
        nonlocal total
        total += n
    def gen():
        for i in range(3):
            add(i)
            yield total
    return gen()
print(list(gen_closure()))
# closures in class bodies capture the enclosing function, not the class
def outer():
    value = "function value"
    class K:
        value = "class value"
        def get(self):
            return value
        lam = lambda self: value
    return K().get(), K().lam(), K.value
print(outer())
# deleting a closed-over variable
def deleter():
    v = 1
    def read():
        return v
    def remove():
        nonlocal v
        del v
    remove()
    try:
        return read()
    except NameError as e:
        return f"{type(e).__name__}: {e}"
print(deleter())
# closure cells compare by identity; cell_contents reflects updates
def cells():
    a = 1
    def f():
        return a
    c = f.__closure__[0]
    before = c.cell_contents
    a = 2
    return before, c.cell_contents
print(cells())
# recursion through a closure variable
def fact_maker():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact
print(fact_maker()(10), fact_maker().__code__.co_freevars)

# names inside generator functions and generator expressions
x = "global x"
def reads_global():
    yield x
g = reads_global()
x = "changed before first next"
print(next(g))
def closure_late_binding():
    gens = [(lambda: (yield i))() for i in range(3)]
    return [next(g) for g in gens]
print(closure_late_binding())
def capture_in_genexp():
    fs = [lambda: i for i in range(3)]
    return [f() for f in fs]
print(capture_in_genexp())
def genexp_captures_loop_var():
    return list((lambda: i)() for i in range(3))
print(genexp_captures_loop_var())
class Scope:
    base = [1, 2, 3]
    total = sum(v for v in base)
    try:
        bad = list(v + len(base) for v in base)
    except NameError as e:
        err = str(e)
print(Scope.total, Scope.err)
def locals_in_gen():
    a = 1
    yield sorted(locals())
    b = 2
    yield sorted(locals())
print(list(locals_in_gen()))
def nonlocal_in_gen():
    count = 0
    def gen():
        nonlocal count
        while count < 3:
            count += 1
            yield count
    return list(gen()), count
print(nonlocal_in_gen())
def global_in_gen():
    global counter
    counter = 0
    for _ in range(2):
        counter += 1
        yield counter
print(list(global_in_gen()), counter)
def unbound_in_gen():
    yield 1
    print(later)
    later = 2
try:
    list(unbound_in_gen())
except UnboundLocalError as e:
    print(type(e).__name__, e)
def shadow():
    list = "shadowed"
    yield list
print(next(shadow()))
gen_in_comp = [list(x * y for y in range(2)) for x in range(3)]
print(gen_in_comp)
nested = (((i, j) for j in range(i)) for i in range(3))
print([list(g) for g in nested])
def walrus_in_genexp():
    vals = list(last := v for v in range(4))
    return vals, last
print(walrus_in_genexp())
try:
    exec("class C:\n    [(y := 1) for _ in range(1)]\n")
except SyntaxError as e:
    print("SyntaxError", e.msg)

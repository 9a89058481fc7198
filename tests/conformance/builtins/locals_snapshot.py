import sys
# locals() in a function returns the frame's one f_locals dict, refreshed on each call
def f():
    a = 1
    l1 = locals()
    b = 2
    l2 = locals()
    print(l1 is l2, sorted(l1))
    del a
    print(sorted(locals()))
    fr = sys._getframe()
    print(fr.f_locals is l1)
    l1["added"] = "kept"
    print(locals()["added"])
    b = 3
    print(l1["b"], locals()["b"], l1["b"])
f()
def g():
    x = 1
    yield sorted(locals())
    y = 2
    yield sorted(locals())
print(list(g()))
def with_exec():
    exec("made = 1")
    made_check = locals().get("made")
    exec("made = 2")
    return made_check, locals().get("made")
print(with_exec())
def closure():
    v = 1
    def inner():
        w = v
        return sorted(locals().items())
    return inner()
print(closure())
def cell_unbound():
    c = 1
    def use():
        return c
    del c
    return sorted(locals())
print(cell_unbound())

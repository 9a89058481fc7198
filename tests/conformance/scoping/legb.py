# LEGB name resolution
x = "global"
def outer():
    x = "enclosing"
    def inner():
        return x
    return inner()
print(outer())
def local_shadow():
    x = "local"
    return x
print(local_shadow(), x)
def builtin_shadow():
    len = lambda o: "shadowed"
    return len([1, 2])
print(builtin_shadow(), len([1, 2]))
# a global shadowing a builtin, then deleted
def use_print():
    return abs(-3)
abs = lambda v: "global abs"
print(use_print())
del abs
print(use_print())
# the builtins module can be patched
import builtins
builtins.my_builtin = "from builtins"
print(my_builtin)
del builtins.my_builtin
try:
    my_builtin
except NameError as e:
    print(type(e).__name__, e)
# local determined at compile time: assignment anywhere in the function makes it local
def late_assign():
    try:
        print(x)
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    x = 1
late_assign()
def assign_in_dead_branch():
    if False:
        x = 1
    try:
        return x
    except UnboundLocalError as e:
        return f"{type(e).__name__}: {e}"
print(assign_in_dead_branch())
# import, for, with, except, def, class all bind locals
def binders():
    import os as x1
    for x2 in [1]: pass
    with open(__file__) as x3: pass
    try:
        raise ValueError
    except ValueError as x4:
        pass
    def x5(): pass
    class x6: pass
    return sorted(k for k in locals() if k.startswith("x"))
print(binders())
# the except target is deleted after the handler
def except_deletes():
    e = "before"
    try:
        1 / 0
    except ZeroDivisionError as e:
        pass
    try:
        return e
    except UnboundLocalError as err:
        return str(err)
print(except_deletes())
# undefined names
def undefined():
    return undefined_name_xyz
try:
    undefined()
except NameError as e:
    print(type(e).__name__, e, e.name)
# names in nested functions resolve through every enclosing function
def a():
    v = "a"
    def b():
        def c():
            def d():
                return v
            return d()
        return c()
    return b()
print(a())
# global lookups see the latest binding
def read_g():
    return g
g = 1
print(read_g())
g = 2
print(read_g())
# locals() and globals()
def show_locals(p, q=2):
    r = p + q
    return sorted(locals().items())
print(show_locals(1))
print("show_locals" in globals(), globals()["__name__"])

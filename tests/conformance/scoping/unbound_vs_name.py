# UnboundLocalError vs NameError, messages and attributes
def f1():
    print(a)
    a = 1
try:
    f1()
except UnboundLocalError as e:
    print(type(e).__name__, e, isinstance(e, NameError), e.args)
def f2():
    return b_undefined
try:
    f2()
except NameError as e:
    print(type(e).__name__, e, e.name)
def f3():
    def inner():
        return c
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
    c = 1
f3()
def f4():
    d = 1
    del d
    return d
try:
    f4()
except UnboundLocalError as e:
    print(type(e).__name__, e)
# module level: NameError only
try:
    print(module_level_undefined)
except NameError as e:
    print(type(e).__name__, e)
try:
    del module_level_undefined
except NameError as e:
    print(type(e).__name__, e)
# class body
class K:
    try:
        undefined_in_class
    except NameError as e:
        print(type(e).__name__, e)
# augmented assignment to an undefined local
def f5():
    n += 1
try:
    f5()
except UnboundLocalError as e:
    print(type(e).__name__, e)
def f6():
    global undefined_global
    undefined_global += 1
try:
    f6()
except NameError as e:
    print(type(e).__name__, e)
# free variable unbound in enclosing scope when deleted
def f7():
    v = 1
    def g():
        nonlocal v
        del v
    g()
    try:
        return v
    except NameError as e:
        return f"{type(e).__name__}: {e}"
print(f7())
def f8():
    v = 1
    def g():
        nonlocal v
        del v
        return v
    return g()
try:
    f8()
except NameError as e:
    print(type(e).__name__, e)
# name errors suggest similar names ("Did you mean") only in tracebacks, not in str(e)
some_variable = 1
try:
    some_variabel
except NameError as e:
    print(str(e))
# exception variable after except is unbound
def f9():
    try:
        raise ValueError
    except ValueError as err:
        pass
    return err
try:
    f9()
except UnboundLocalError as e:
    print(type(e).__name__, e)
# comprehension variables do not leak
[leak for leak in range(3)]
try:
    leak
except NameError as e:
    print(type(e).__name__, e)

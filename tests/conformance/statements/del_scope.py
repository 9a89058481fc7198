# del interacting with scopes, loops and closures
def f():
    x = 1
    del x
    x = 2
    return x
print(f())
def g():
    for i in range(3):
        pass
    del i
    try:
        return i
    except UnboundLocalError as e:
        return f"{type(e).__name__}: {e}"
print(g())
def in_loop():
    out = []
    for i in range(3):
        v = i
        out.append(v)
        del v
    return out, "v" in locals()
print(in_loop())
# del of a name that is global in the function
value = 1
def del_global():
    global value
    del value
del_global()
print("value" in globals())
# del of an unbound global
def del_missing_global():
    global never_defined
    try:
        del never_defined
    except NameError as e:
        return f"{type(e).__name__}: {e}"
print(del_missing_global())
# del inside class bodies
class C:
    a = 1
    b = 2
    del a
print(hasattr(C, "a"), C.b)
try:
    class D:
        del undefined_in_class
except NameError as e:
    print(type(e).__name__, e)
# del of a free variable from an inner function via nonlocal
def outer():
    v = "x"
    def inner():
        nonlocal v
        del v
    inner()
    try:
        return v
    except NameError as e:
        return f"{type(e).__name__}: {e}"
print(outer())
# del of elements while iterating backwards
items = list(range(10))
for i in range(len(items) - 1, -1, -1):
    if items[i] % 3 == 0:
        del items[i]
print(items)
# del with a complex target list
data = {"a": [1, 2, 3], "b": {"c": 1}}
del data["a"][0], data["b"]["c"]
print(data)
# del x where x is an except-clause target afterwards
def after_except():
    try:
        raise ValueError
    except ValueError as err:
        pass
    try:
        del err
    except UnboundLocalError as e:
        return f"{type(e).__name__}: {e}"
print(after_except())

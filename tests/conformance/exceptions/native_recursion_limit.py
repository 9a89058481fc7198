# Native recursion (repr of nested containers, comparisons of nested containers, splitting
# nested exception groups) counts against sys.getrecursionlimit(), on the same counter as
# Python calls.
import sys

limit = sys.getrecursionlimit()

def nested(make, depth):
    x = make(None)
    for _ in range(depth):
        x = make(x)
    return x

def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", r)
    except RecursionError as e:
        print(label, "RecursionError:", e)

deep_list = nested(lambda x: [x], limit + 100)
attempt("repr list", lambda: len(repr(deep_list)))
attempt("repr dict", lambda: len(repr(nested(lambda x: {1: x}, limit + 100))))
attempt("repr tuple", lambda: len(repr(nested(lambda x: (x,), limit + 100))))
attempt("repr values view", lambda: len(repr(nested(lambda x: {42: x}.values(), limit + 100))))
attempt("repr shallow", lambda: len(repr(nested(lambda x: [x], 200))))

a = nested(lambda x: [x], limit + 100)
b = nested(lambda x: [x], limit + 100)
attempt("compare", lambda: a == b)
attempt("compare shallow", lambda: nested(lambda x: [x], 200) == nested(lambda x: [x], 200))

def deep_group(n):
    e = TypeError(1)
    for _ in range(n):
        e = ExceptionGroup("eg", [e])
    return e

attempt("split", lambda: deep_group(limit + 100).split(TypeError))
attempt("subgroup", lambda: deep_group(limit + 100).subgroup(ValueError))
attempt("split shallow", lambda: deep_group(100).split(ValueError)[1] is not None)

# the counter is shared with Python frames
def recurse(n):
    if n == 0:
        return len(repr(nested(lambda x: [x], 600)))
    return recurse(n - 1)

attempt("repr from deep frames", lambda: recurse(limit - 500))
attempt("repr from shallow frames", lambda: recurse(100))

# yield in every expression position, driven by send
def collect(gen, values):
    out = [next(gen)]
    for v in values:
        try:
            out.append(gen.send(v))
        except StopIteration as e:
            out.append(("stop", e.value))
            break
    return out

def assign():
    x = yield "a"
    y = yield x
    return (x, y)
print(collect(assign(), [1, 2]))

def bare():
    x = yield
    print("bare got", x)
    yield
print(collect(bare(), ["v", "w"]))

def call_arg():
    r = f((yield 1), (yield 2))
    yield r
def f(a, b):
    return a * 10 + b
print(collect(call_arg(), [3, 4, None]))

def kwarg():
    yield dict(a=(yield "k1"), b=(yield "k2"))
print(collect(kwarg(), [1, 2, None]))

def ternary():
    x = (yield "cond") if (yield "test") else (yield "else")
    yield x
print(collect(ternary(), [True, "ok", None]))
print(collect(ternary(), [0, "no", None]))

def fstring():
    yield f"<{(yield 'in')}>|{(yield 'in2')!r}"
print(collect(fstring(), ["x", "y", None]))

def subscripts():
    d = {}
    d[(yield "key")] = (yield "value")
    yield d
print(collect(subscripts(), ["k", "v", None]))

def binops():
    yield (yield 1) + (yield 2) * (yield 3)
print(collect(binops(), [1, 2, 3, None]))

def containers():
    yield [(yield "l1"), (yield "l2")], ((yield "t1"),), {(yield "s1")}, {(yield "dk"): (yield "dv")}
print(collect(containers(), [1, 2, 3, 4, 5, 6, None]))

def compare_chain():
    yield (yield "a") < (yield "b") < (yield "c")
print(collect(compare_chain(), [1, 2, 3, None]))
print(collect(compare_chain(), [2, 1, 3, None]))

def boolops():
    yield (yield "a") or (yield "b")
print(collect(boolops(), [0, "B", None]))
print(collect(boolops(), ["A", None]))

def augassign():
    x = 10
    x += yield "inc"
    yield x
print(collect(augassign(), [5, None]))

def in_return():
    return (yield "r")
print(collect(in_return(), ["returned"]))

def attr_target():
    class O: pass
    o = O()
    o.attr = yield "attr"
    yield o.attr
print(collect(attr_target(), [42, None]))

def unpack():
    a, b = yield "pair"
    yield a + b
print(collect(unpack(), [(1, 2), None]))

def lambda_yield():
    g = lambda: (yield "from lambda")
    return list(g())
print(collect(lambda_yield(), []))

def yield_in_with():
    class CM:
        def __enter__(self): return (yield_val for yield_val in [1])
        def __exit__(self, *a): print("exit"); return False
    with CM() as c:
        v = yield list(c)
    yield v
print(collect(yield_in_with(), ["w", None]))

def star_args():
    yield max(*(yield "args"))
print(collect(star_args(), [[3, 9, 2], None]))

def yield_tuple():
    x = yield 1, 2
    yield x
print(collect(yield_tuple(), ["t", None]))

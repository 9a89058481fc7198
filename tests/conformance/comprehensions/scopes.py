# comprehension scopes: own scope, first iterable evaluated eagerly in the enclosing scope
x = "global x"
def f():
    x = "local x"
    return [x for _ in range(1)], [x for x in ["loop var"]], x
print(f())
# the loop variable does not leak
[leak for leak in range(3)]
print("leak" in dir())
# the first iterable is evaluated immediately, in the enclosing scope
def first_iter():
    log = []
    def src(tag):
        log.append(tag)
        return range(2)
    g = (a + b for a in src("outer") for b in src("inner"))
    log.append("created")
    list(g)
    return log
print(first_iter())
# errors in the first iterable are raised at creation time
def bad_first():
    try:
        g = (v for v in 5)
    except TypeError as e:
        return f"at creation: {e}"
    return "not raised"
print(bad_first())
def bad_inner():
    g = (v for a in [1] for v in 5)
    try:
        next(g)
    except TypeError as e:
        return f"at iteration: {e}"
print(bad_inner())
# comprehensions in class bodies: only the first iterable sees class names
class C:
    items = [1, 2, 3]
    factor = 10
    doubled = [i * 2 for i in items]
    try:
        scaled = [i * factor for i in items]
    except NameError as e:
        scaled = f"NameError: {e}"
    try:
        nested = [[i for i in items] for _ in range(1)]
    except NameError as e:
        nested = f"NameError: {e}"
    pairs = [(i, j) for i in items for j in (0,)]
print(C.doubled, C.scaled, C.nested, C.pairs)
# closures over comprehension variables
fs = [lambda: i for i in range(3)]
print([fn() for fn in fs])
fs = [lambda i=i: i for i in range(3)]
print([fn() for fn in fs])
# nested comprehensions see enclosing comprehension variables
print([[i * j for j in range(i)] for i in range(4)])
print({i: {j for j in range(i)} for i in range(3)})
# comprehension variable shadows a global only inside
i = "global i"
print([i for i in range(2)], i)
# the iteration variable can be any target
pts = [(1, 2), (3, 4)]
print([x + y for x, y in pts], [a for (a, *rest) in [(1, 2, 3)]], {k: v for k, v in zip("ab", range(2))})
class O: pass
o = O()
d = {}
print([None for o.attr in range(3)], o.attr, [None for d["k"] in "xyz"], d)
# locals() inside a comprehension sees its own variables
print([sorted(locals()) for q in range(1)])
# comprehension in a function sees the function's locals, including later-bound ones via closure
def late():
    g = (n * m for n in range(2))
    m = 10
    return list(g)
print(late())

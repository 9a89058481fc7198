# assignment expressions in comprehensions, and what is forbidden in them
def f():
    data = [3, 8, 1, 9]
    big = [v for v in data if (last := v) > 2]
    return big, last
print(f())
total = 0
running = [(total := total + n) for n in range(5)]
print(running, total)
def nested():
    out = [[(k := i * j) for j in range(3)] for i in range(3)]
    return out, k
print(nested())
def in_genexp():
    g = ((w := c.upper()) for c in "ab")
    first = next(g)
    return first, w
print(in_genexp())
# the target must not be an iteration variable; class bodies forbid walrus in comprehensions
for src in ["[i := 0 for i in range(3)]", "[(i := 1) for i in range(3)]", "[x for i in range(3) if (i := 5)]",
            "[[(j := 0) for i in range(2)] for j in range(2)]", "class C:\n    [(y := 1) for x in range(2)]",
            "[x for x in (y := [1, 2])]", "[x for x in range(2) for y in (z := [1])]", "def f():\n    [x for x in (y := range(3))]",
            "[(lambda: (z := 1)) for x in range(1)]", "[(a.b := 1) for x in y]", "{(k := 1): v for v in w}",
            "[[x for x in (y := range(3))] for z in w]", "(yield x for x in y)", "[(yield x) for x in y]", "[x for x in y if (yield)]",
            "def g():\n    [(yield x) for x in y]", "def g():\n    [x for x in (yield y)]", "def g():\n    [(await x) for x in y]",
            "async def g():\n    [(await x) for x in y]", "async def g():\n    [x async for x in y]", "def g():\n    [x async for x in y]"]:
    try:
        compile(src, "<case>", "exec")
        print("ok", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno, e.offset)
# yield in the first iterable of a generator function's comprehension belongs to the function
def gen():
    result = [x for x in (yield "give me a list")]
    yield result
g = gen()
print(next(g), g.send([1, 2]))

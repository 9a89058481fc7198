# assignment expressions (PEP 572)
def f():
    if (n := len("hello")) > 3:
        print("long", n)
    while (chunk := [1, 2, 3][:n - 3]) and n > 3:
        print("chunk", chunk)
        n -= 1
    return n
print(f())
# in a comprehension the target binds in the enclosing function scope
def g():
    data = [1, 5, 2, 8]
    evens = [y for x in data if (y := x * 2) > 4]
    return evens, y
print(g())
# nested comprehensions still bind in the outermost function scope
def h():
    r = [[(last := a * b) for a in range(3)] for b in range(2)]
    return r, last
print(h())
# module level comprehension binds a module global
vals = [(total := 0)] + [(total := total + v) for v in range(4)]
print(vals, total)
# inside a class body, := in a comprehension is a SyntaxError
for src in ["class C:\n    [(y := 1) for x in range(2)]\n",
            "[i := 0 for i in range(3)]\n",
            "[x for x in range(3) if (x := 5)]\n",
            "[(a := 1) for a, b in []]\n",
            "def f():\n    [x for x in (y := range(3))]\n",
            "x := 5\n",
            "(a.b := 1)\n",
            "(a[0] := 1)\n",
            "f(x := 1, y=2)\n",
            "def f(a=(b := 1)): pass\n",
            "lambda: (x := 1)\n",
            "[[(j := j) for i in range(2)] for j in range(2)]\n"]:
    try:
        compile(src, "<case>", "exec")
        print("ok", repr(src))
    except SyntaxError as e:
        print("SyntaxError", repr(src), e.msg, e.lineno, e.offset)
# walrus value is the assigned value, parenthesised forms
print((a := 3) + (b := 4), a, b)
print([c := 1, c + 1])
print({(k := "key"): k})
def default_walrus(x=(w := 10)):
    return x
print(default_walrus(), w)
lam = lambda: (q := 7) * 2
print(lam())
try:
    q
except NameError as e:
    print(e)
# walrus in a generator expression binds when the generator runs
def gen_scope():
    gen = ((z := i) for i in range(3))
    try:
        z
    except NameError as e:
        print("before:", e)
    list(gen)
    return z
try:
    print(gen_scope())
except Exception as e:
    print(type(e).__name__, e)

# SyntaxErrors of parameter lists (invalid_parameters, invalid_star_etc, invalid_kwds, ...)
srcs = ["def f(a=1, b): pass", "def f(*, **k): pass", "def f(a, a): pass", "def f(*a, *b): pass",
            "def f(**k, a): pass", "def f(a, /, /): pass", "def f(/, a): pass", "def f(*): pass",
            "def f(a, *, b, /): pass", "lambda a, a: 0", "def f(**k=1): pass", "def f(*a=1): pass",
            "def f(a, /, b=1, c): pass", "lambda *: 0", "def f(a, *, a): pass", "def f(x, y, **x): pass",
            "def f(/): pass", "def f(a=1, /, b): pass", "def f(a=1, /, b, c=2): pass", "def f(a, b=1, /, c): pass",
            "def f(a, *b, c, /): pass", "def f(a, *, /): pass", "def f(a, /, *, b, /): pass", "def f(a, /, b, /): pass",
            "def f(a, **k, /): pass", "def f(*, a, *): pass", "def f(*a, **k, *b): pass", "def f(a, **k, **j): pass",
            "def f((a, b)): pass", "def f(a, (b, c)): pass", "def f(a, /*): pass", "def f(a=1, / , *): pass", "def f(a, /, *): pass",
            "lambda /, a: 0", "lambda a=1, b: 0", "lambda a, /, b=1, c: 0", "lambda *a, *b: 0", "lambda **k, a: 0", "lambda a, /, /: 0",
            "lambda *, a, /: 0", "lambda **k=1: 0", "lambda *a=1: 0", "lambda (a): 0", "def f(*a: *b): pass", "def f(a: *b): pass",
            "def f(a b): pass", "def f(a=1 b): pass", "def f(*,): pass", "def f(a, *, b=1, c): pass", "def f(**k,): pass", "def f(*a, b=1, c): pass",
"def f(*a, *): pass", "def f(*, a, *b): pass", "def f(*, a, *, b): pass", "def f(a=1, (b)): pass", "def f((a: int, b)): pass", "def f((a=1)): pass",
 "def f(a, (b)): pass", "def f((a,)): pass", "def f(()): pass", "lambda (a, b): 0", "lambda a, (b): 0", "def f(a=1, /*): pass", "def f(/*): pass",
 "def f(a, /*, b): pass", "def f(a, /, *, b, /, c): pass", "def f(a, /, b, /, *, c): pass", "def f(a=1, /, b=2, c): pass", "def f(a=1, b=2, /, c, /): pass",
 "def f(a, b=1, *, c, d=2, e): pass", "def f(*, a=1, b): pass", "def f(a, /, /, *): pass", "def f(/, /): pass", "def f(*a, /): pass",
 "def f(a,, b): pass", "def f(,): pass", "def f(a b=1): pass", "lambda /: 0", "lambda a, /, b=1, c=2, d: 0", "lambda *a, *: 0", "lambda *, a, *: 0",
 "def f(**k, *a): pass", "def f(**k, **j): pass", "def f(a, /, **k, b): pass"]
for src in srcs:
    try:
        compile(src, "<case>", "exec")
        print("ok", src)
    except SyntaxError as e:
        print(src, "->", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
# star annotations on *args (PEP 646) are allowed and unpack one item
def f(*a: *[int]): pass
print(f.__annotations__)
for v in ["[]", "5", "(1, 2)"]:
    try:
        exec(f"def g(*a: *{v}): pass")
    except Exception as e:
        print(type(e).__name__, e)
for src in ["def f() -> *b: pass", "def f() -> : pass", "def f() ->\n  pass", "def f() -> **b: pass", "def f() -> a b: pass", "def f() -> yield: pass", "def f() -> match: pass",
            "x: *b = 1", "{1: *b}", "f(a=*b)", "lambda a: *b"]:
    try:
        compile(src, "<case>", "exec")
        print("ok", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)

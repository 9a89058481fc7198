# argument-list syntax errors
from _check import check
check([
    "f(a=1, 2)", "f(**a, 2)", "f(**a, *b)", "f(a=1, *b)", "f(*a, b=1)", "f(a, b=1, c)", "f(x for x in y, z)", "f(z, x for x in y)",
    "f(x for x in y for z in w)", "f((x for x in y), z)", "f(a=1, a=2)", "f(a=1, b=2, **c, a=3)", "f(1=2)", "f(a.b=1)", "f(a()=1)", "f(a + b=1)",
    "f(True=1)", "f(None=1)", "f(*)", "f(**)", "f(,)", "f(a,,b)", "f(a b)", "f(a=)", "f(=a)", "f(a:=1)", "f(a:=1, b=2)", "f(a=b:=1)", "f(a, *)",
    "f(*a, *b, **c, **d)", "f(**c, d=1, e)", "print(end='', 'x')", "f(a for a in b if c else d)", "f(a if b)", "f(lambda: 1, x=2)", "f(x=lambda: 1)",
    "class C(x for x in y): pass", "class C(a=1, b): pass", "class C(**k, b): pass", "@f(a=1, b)\ndef g(): pass",
])

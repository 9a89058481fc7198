# "cannot assign to ..." and related target errors
from _check import check
check([
    "1 = x", "'s' = x", "None = 1", "True = 1", "... = 1", "f() = 1", "a + b = 1", "-a = 1", "not a = 1",
    "a and b = 1", "a if b else c = 1", "lambda: 1 = 1", "(a, 1) = x", "[a, f()] = x", "a, b + 1 = x",
    "x = 1 = y", "x = f() = y", "{} = 1", "{a: b} = 1", "{a} = 1", "[i for i in x] = 1", "(i for i in x) = 1",
    "{i for i in x} = 1", "{i: i for i in x} = 1", "a < b = 1", "await x = 1", "(yield) = 1", "f'{x}' = 1",
    "x += 1, 2", "(a, b) += 1", "[a] += 1", "f() += 1", "1 += 1", "a.b += 1", "a[0] += 1", "(a) += 1",
    "for f() in x: pass", "for 1 in x: pass", "for a, 1 in x: pass", "with x as f(): pass", "with x as 1: pass",
    "del f()", "del 1", "del a + b", "del (a, f())", "del [a, 1]", "del *a", "del (a,), [b]",
    "(a := 1) = 2", "x.y := 1", "(x.y := 1)", "(x[0] := 1)", "((a, b) := (1, 2))", "(True := 1)", "(None := 1)",
    "*a = 1", "*a, *b = x", "a, *b, *c = x", "[*a, *b] = x", "(*a) = x", "*a: int = 1", "a, b: int = 1",
    "x: int, y: int = 1, 2", "f(): int", "1: int", "(a, b): int", "[a]: int", "a.b: int", "a[0]: int",
    "f(x=1) = 2", "f(**x) = 2", "a.b.c = 1", "a[1:2] = x", "(a) = 1", "((a)) = 1", "[(a)] = 1", "() = x", "[] = x",
])

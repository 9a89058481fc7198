# An assignment expression target in a comprehension cannot also be an iteration variable of
# a later loop of the same comprehension, nor the other way round.

sources = [
    "{i for i in range(5) if (j := 0) for j in range(5)}",
    "[i for i in range(5) if (j := 0) for (k, j) in []]",
    "def f():\n    return [0 for a in range(3) if (b := a) for b in range(2)]",
    "[(j := 0) for j in range(5)]",
    "[i for i in range(5) for j in range(3) if (j := 1)]",
    "[i for i in range(5) if (j := 0) for k in range(5)]",
]
for src in sources:
    try:
        compile(src, "<case>", "exec")
        print("ok")
    except SyntaxError as e:
        print(f"SyntaxError: {e.msg} at {e.lineno}:{e.offset}-{e.end_lineno}:{e.end_offset}")

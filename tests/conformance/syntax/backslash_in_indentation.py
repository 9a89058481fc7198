# A backslash continuation inside a line's indentation joins the next physical line (the
# first backslash's column, when not 0, is the indentation); one followed by a blank line
# leaves a blank line; a bad character or the end of input after it is reported first.
cases = [
    "\\\npass\n        \\\n\npass\n",
    "if 1:\n    \\\n  x = 1\n",
    "if 1:\n    x = 1\n    \\\n    y = 2\n",
    "if 1:\n  \\\n    x = 1\n",
    "\\\n\\\nx = 3\n",
    "if 1:\n    x = 1\n        \\\ny = 2\n",
    "  \\\nx = 1\n",
    "x = 1\n    \\\n",
    "x = 1\n    \\ y\n",
    "if 1:\n\tx = 1\n        \\\n\ty = 2\n",
]
for s in cases:
    try:
        ns = {}
        exec(compile(s, "<s>", "exec"), ns)
        print("ok", sorted(k for k in ns if k != "__builtins__"))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)

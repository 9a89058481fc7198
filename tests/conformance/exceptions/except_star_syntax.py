# except* rules the compiler enforces: each is a SyntaxError with CPython's message and position
cases = [
    "def f():\n    try:\n        pass\n    except* ValueError:\n        return\n",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        return g\n",
    "for x in y:\n    try:\n        pass\n    except* ValueError:\n        break\n",
    "for x in y:\n    try:\n        pass\n    except* ValueError:\n        for z in y:\n            continue\n        if x:\n            continue\n",
    "try:\n    pass\nexcept* ValueError:\n    break\n",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        def g():\n            return 1\n        for z in y:\n            break\n",
    "try:\n    pass\nexcept* ValueError:\n    pass\nexcept ValueError:\n    pass\n",
    "try:\n    pass\nexcept ValueError:\n    pass\nexcept* ValueError:\n    pass\n",
    "try:\n    pass\nexcept*:\n    pass\n",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print("compiles")
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)

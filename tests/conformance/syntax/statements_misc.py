# assorted statement-level SyntaxErrors
from _check import check
check([
    "def f:\n    pass", "def (): pass", "def f() pass", "class C(: pass", "class C():\n", "class (): pass",
    "lambda x, : 1", "lambda *: 1", "lambda **kw, a: 1", "with open(x) as f, : pass", "with (a as b, c as d,): pass",
    "for in x: pass", "for x y: pass", "for x in: pass", "while: pass", "if: pass", "elif x: pass",
    "try:\n    pass\nexcept ValueError as e.x:\n    pass", "try:\n    pass\nexcept ValueError as (e):\n    pass",
    "try:\n    pass\nexcept (ValueError as e):\n    pass", "raise X from", "raise X, Y", "assert x, y, z", "del x, ", "del (x, y)",
    "global x, y", "global x,", "nonlocal", "import a.b.c as", "import a as b.c", "from a import b as c as d", "from a import *, b",
    "from .a.b import (c,\n d)", "print(x for x in y)", "async def f():\n    yield from x", "@\ndef f(): pass", "@x y\ndef f(): pass",
    "@x\n@y\nclass C: pass", "x = yield", "def f():\n    x = yield = 1", "f(**)", "return x, *y", "def f():\n    return *y, x",
    "a = *b, c", "a = (*b, c)", "a = *b", "x: int = *y", "x: int = *y, z", "for x in *a, *b: pass", "for x in *a: pass",
    "if x:\n    pass\nelse:\n    pass\nelse:\n    pass", "while x:\n    pass\nelif y:\n    pass",
])

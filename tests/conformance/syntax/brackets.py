# bracket matching and unexpected tokens
from _check import check
check([
    ")", "]", "}", "(", "[", "{", "x = (1, 2]", "x = [1, 2)", "x = {1: 2)", "f(a, b]", "x = ((1)", "x = (1))", "x = [1, [2, 3]",
    "x = (\n1,\n2", "if (x:\n    pass", "x = {'a': [1, 2}", "def f(:\n    pass", "print('hello'))", "x = [i for i in range(3)))",
    "x = (1 2)", "x = [1 2]", "x = {1 2}", "x = {1: 2 3: 4}", "x = (a b c)", "x = f(a)(b c)", "x = a[1 2]",
    "if x\n    pass", "while x\n    pass", "for x in y\n    pass", "def f()\n    pass", "class C\n    pass", "with x\n    pass", "try\n    pass",
    "else", "elif x: pass", "except: pass", "finally: pass", "if x: pass\nelif: pass", "if x: pass\nelse if y: pass",
    "def f(): pass\n)", "lambda x:", "x = lambda: yield", "x = 1 if 2 else", "x = 1 if else 2", "x = not", "x = a.", "x = a.1", "x = .a", "import", "from x import", "from import x",
    "import a as", "from . import", "from x import (a, b", "from x import a,", "from x import (a, b,)", "import a.b as c.d", "del", "assert", "raise from x", "global", "nonlocal",
])

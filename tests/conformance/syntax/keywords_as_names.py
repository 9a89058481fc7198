# keywords, soft keywords and builtins used as names
from _check import check
check([
    "def if(): pass", "class = 1", "x.class = 1", "x = obj.for", "import def", "from x import class", "lambda = 1", "None = 1",
    "True.x = 1", "def f(pass): pass", "f(while=1)", "async = 5", "await = 5", "def f(*, async): pass", "nonlocal = 1",
    "match = 1\nmatch.x = 2\ncase = match\n_ = case",
    "def match(case): return case", "class case: pass", "print(match, case, _)", "type = 1",
    "def f():\n    match = [1]\n    match match:\n        case [case]:\n            return case",
    "__peg_parser__ = 1", "print = 1\nprint(1)", "x = not", "x = is", "else = 1", "with = 1", "yield = 1",
])
# soft keywords work as ordinary names at runtime
match = [1, 2]
case = "c"
_ = "underscore"
print(match, case, _)
def match_fn(match, case, _):
    return match + case + _
print(match_fn("m", "c", "_"))
type = "shadowed type"
print(type)
del type
print(type(1).__name__)

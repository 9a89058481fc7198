# Invalid escape sequences in str, bytes and f-string literals: a DeprecationWarning for the first one
# of each literal piece, at the token's line; a SyntaxError at the token under an error filter.
import warnings
def comp(src, action):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter(action)
        try:
            compile(src, "<s>", "exec")
        except SyntaxError as e:
            return "SyntaxError", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset
        return [(x.category.__name__, str(x.message), x.lineno) for x in w]
for src in ['x = "\\d"', 'x = b"\\q"', 'x = "\\d\\e"', 'x = f"{1}\\d{2}\\e"', 'x = ("a"\n  "\\y")', 'x = r"\\d"', 'x = rb"\\d"', 'x = "ok\\n"', 'y = 1\nx = """\n\\p"""', 'x = "\\d" +', 'x = f"{y!r:\\d}"', 'x = "\\8"']:
    print(repr(src), comp(src, "always"), comp(src, "error"))
print(eval('"\\d"'))

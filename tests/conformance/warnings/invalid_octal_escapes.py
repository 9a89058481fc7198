# 3.11.7: octal escapes above 0o377 in str, bytes and f-string literals are deprecated ('invalid octal
# escape sequence'); only the first invalid escape of a literal is reported.
import warnings
def comp(src, action):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter(action)
        try:
            v = eval(src)
        except SyntaxError as e:
            return "SyntaxError", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset
        return v, [(x.category.__name__, str(x.message), x.lineno) for x in w]
for src in [r"'\407'", r"b'\777'", r"'\407\d'", r"'\d\407'", r"'\377'", r"'\0'", r"b'\400'", r"f'\501{1}'"]:
    print(src, comp(src, "always"), comp(src, "error"))

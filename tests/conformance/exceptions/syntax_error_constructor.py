# SyntaxError(msg, details): details is any iterable of 4 to 6 items (filename, lineno, offset,
# text[, end_lineno, end_offset]); the end position comes as a pair.
cases = [
    ("f.py", 3, 4),
    ("f.py", 3, 4, "text", 3, 9, "extra"),
    ("f.py", 3, 4, "text", 3),
    ("f.py", 3, 4, "text"),
    ["f.py", 3, 4, "text", 3, 9],
    iter(("g.py", None, None, None)),
    7,
    (),
]
for details in cases:
    try:
        e = SyntaxError("oops", details)
    except TypeError as x:
        print("TypeError:", x)
    else:
        print(e.args[0], e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset, str(e))

e = SyntaxError("first", ("a.py", 1, 2, "t", 1, 5))
e.__init__("second", ("b.py", 7, 8, "u"))
print(e.msg, e.filename, e.lineno, e.end_lineno, e.end_offset)
print(SyntaxError().msg, SyntaxError("only").msg, SyntaxError("a", "b", "c").args)

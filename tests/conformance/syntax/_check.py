def check(sources):
    """Compiles each source; prints the SyntaxError's class, message and full position."""
    for src in sources:
        try:
            compile(src, "<case>", "exec")
            print("ok:", repr(src))
        except SyntaxError as e:
            print(repr(src), "->", type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)

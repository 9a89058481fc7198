import sys
# the report for SyntaxErrors raised by compile(), exec() and the parser (carets and text)
class _Relative:
    def write(self, text):
        sys.stdout.write(text.replace(__file__, "<case>"))
    def flush(self):
        sys.stdout.flush()
sys.stderr = _Relative()
def report(src, filename="<input>"):
    try:
        compile(src, filename, "exec")
    except SyntaxError:
        sys.excepthook(*sys.exc_info())
    print("---")
report("x = (1,\n     2 3)")
report("def f(:\n    pass")
report("if x\n    pass")
report("  indented = 1")
report("for x in range(3):\nprint(x)")
report("print 'hello'")
report("x = 1 +* 2")
report("f(a for a in b, c)")
report("return 5")
report("a, b += 1")
report("x = 'unterminated")
report("\tif x:\n        pass")
report("class C:\n    def f(self):\n        nonlocal y")
report("x = f'{a b}'")
report("d = {1: 2, 3}")
try:
    exec("def broken(:\n    pass")
except SyntaxError as e:
    sys.excepthook(type(e), e, e.__traceback__)
e = SyntaxError("custom message", ("file.py", 3, 5, "bad line here\n", 3, 9))
sys.excepthook(SyntaxError, e, None)
e = SyntaxError("no details")
sys.excepthook(SyntaxError, e, None)
e = IndentationError("expected an indented block", ("mod.py", 2, 1, "pass\n"))
sys.excepthook(IndentationError, e, None)
class MySE(SyntaxError):
    pass
for cls in [SyntaxError, IndentationError, TabError, MySE]:
    e = cls("msg", ("f.py", 1, 3, "  abcdef\n", 1, 7))
    sys.excepthook(cls, e, None)
for details in [("f.py", 1, 2, "\t\tx = 1\n", 1, 5), ("f.py", 1, 10, "ab\ncd\n", 1, 12), ("f.py", 1, 0, "abc\n", 1, 2), ("f.py", 1, 2, "abc\n", 2, 2),
                ("f.py", 1, 2, "abc", 1, 99), ("f.py", None, 2, "abc", 1, 99), ("f.py", 1, None, "abc", 1, 99), (None, 5, 1, "x\n", 5, 2), ("f.py", 1, 1, None, 1, 2)]:
    sys.excepthook(SyntaxError, SyntaxError("m", details), None)

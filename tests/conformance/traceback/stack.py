import os
import sys
import traceback

# CPython reports the main script by its absolute path: print paths relative to this directory
_dir = os.path.dirname(os.path.abspath(__file__)) + os.sep


class _Clean:
    def __init__(self, f):
        self.f = f

    def write(self, s):
        return self.f.write(s.replace(_dir, ""))

    def flush(self):
        self.f.flush()


sys.stdout = _Clean(sys.stdout)


import linecache


def f1():
    return f2()


def f2():
    stack = traceback.extract_stack()
    for fs in stack[-3:]:
        print(fs.name, fs.lineno, repr(fs.line), fs.colno, fs.end_colno)
    print("".join(traceback.format_stack()[-2:]))
    traceback.print_stack(file=sys.stdout, limit=2)
    print([(f.f_code.co_name, n) for f, n in traceback.walk_stack(None)][:3])
    print([(f.f_code.co_name, n) for f, n in traceback.walk_stack(sys._getframe())][:3])
    return len(stack)


print(f1() > 2)
fs = traceback.FrameSummary("file.py", 3, "func", line="x = 1")
print(fs == ("file.py", 3, "func", "x = 1"), fs[0], fs[3], repr(fs), fs.locals)
fs2 = traceback.FrameSummary("file.py", 3, "func", line="x = 1", locals={"a": [1]})
print(fs2.locals, fs == fs2)
ss = traceback.StackSummary.from_list([("a.py", 1, "f", "pass"), fs])
print(ss.format())
print(traceback.format_list([("a.py", 1, "f", "pass"), ("b.py", 2, "g", None)]))
print(traceback.format_list([("a.py", 1, "f", "x")] * 5))


def multiline():
    return (1 +
            [][0])


try:
    multiline()
except IndexError:
    traceback.print_exc(file=sys.stdout)


def calls():
    x = {"k": None}
    return x["k"]["z"]


try:
    calls()
except TypeError:
    traceback.print_exc(file=sys.stdout)


def attr():
    obj = None
    return obj.field


try:
    attr()
except AttributeError:
    traceback.print_exc(file=sys.stdout)

try:
    exec("def f(:\n  pass")
except SyntaxError as e:
    print("".join(traceback.format_exception_only(e)))
    traceback.print_exception(e, file=sys.stdout)
try:
    compile("x = (1 +\n", "mod.py", "exec")
except SyntaxError as e:
    print("".join(traceback.format_exception_only(e)))
try:
    raise SyntaxError("custom", ("f.py", 2, 4, "  abc def\n", 2, 7))
except SyntaxError as e:
    print("".join(traceback.format_exception_only(e)))
try:
    raise SyntaxError("bare")
except SyntaxError as e:
    print("".join(traceback.format_exception_only(e)))

here = os.path.abspath(__file__)
print(repr(linecache.getline(here, 1)), repr(linecache.getline(here, 100000)), repr(linecache.getline("<string>", 1)))
print(len(linecache.getlines(here)) > 50, linecache.getline("nonexistent_file.py", 1) == "")
linecache.checkcache(here)
linecache.clearcache()
print(linecache.getline(here, 2))

from _check import check
check("eval expr", lambda: eval("1 + 2 * 3"))
check("eval globals", lambda: eval("x + y", {"x": 1, "y": 2}))
check("eval locals shadow", lambda: eval("x", {"x": "g"}, {"x": "l"}))
check("eval builtins injected", lambda: (lambda g: (eval("len('ab')", g), "__builtins__" in g))({}))
check("eval custom builtins", lambda: eval("len", {"__builtins__": {"len": "fake"}}))
check("eval no builtins", lambda: eval("len", {"__builtins__": {}}))
check("eval statement", lambda: eval("x = 1"))
check("eval syntax error", lambda: eval("1 +"))
check("eval whitespace", lambda: eval("  1 + 1\n"))
check("eval tabs leading", lambda: eval("\t2"))
check("eval bytes", lambda: eval(b"3 * 3"))
check("eval code object", lambda: eval(compile("4 + 4", "<s>", "eval")))
check("eval exec code object", lambda: eval(compile("z = 5", "<s>", "exec")))
check("eval non-str", lambda: eval(5))
check("eval globals not dict", lambda: eval("1", []))
check("eval locals mapping", lambda: eval("a + b", {}, {"a": 1, "b": 2}))
class Mapping:
    def __getitem__(self, k):
        if k == "magic":
            return 42
        raise KeyError(k)
check("eval custom locals", lambda: eval("magic", {}, Mapping()))
check("eval custom locals fallthrough", lambda: eval("len", {}, Mapping()))
check("eval locals not mapping", lambda: eval("1", {}, 5))
check("eval name error", lambda: eval("undefined_name"))
check("eval null byte", lambda: eval("1\x00"))
check("eval kw", lambda: eval("1", globals=None))
check("eval lambda closure", lambda: eval("lambda: q", {"q": "captured"})())
def closure_test():
    outer_var = "outer"
    return eval("outer_var")
check("eval sees function locals", closure_test)
def closure_free():
    v = "free"
    def inner():
        return eval("v")
    return inner()
check("eval free variable not captured", closure_free)
def closure_used():
    v = "used"
    def inner():
        v
        return eval("v")
    return inner()
check("eval free variable used", closure_used)
check("eval comprehension scope", lambda: eval("[x * k for x in range(3)]", {"k": 10}))
check("eval comprehension locals", lambda: eval("[x * k for x in range(3)]", {}, {"k": 10}))

g = {}
exec("a = 1\nb = a + 1\ndef f():\n    return a + b", g)
check("exec defines", lambda: (g["a"], g["b"], g["f"]()))
check("exec returns None", lambda: exec("1 + 1"))
l = {}
exec("x = 5", {}, l)
check("exec locals", lambda: l)
check("exec syntax error", lambda: exec("def"))
check("exec bytes", lambda: exec(b"pass"))
check("exec code", lambda: exec(compile("pass", "f", "exec")))
check("exec eval code", lambda: exec(compile("1", "f", "eval")))
check("exec non-str", lambda: exec(1))
check("exec globals not dict", lambda: exec("1", 1))
check("exec locals not mapping", lambda: exec("1", {}, 1))
check("exec closure code", lambda: exec((lambda: (lambda: v))().__code__ if False else compile("pass", "f", "exec"), {}))
def make_closure():
    v = 1
    return (lambda: v).__code__
check("exec code with free vars", lambda: exec(make_closure(), {}))
check("exec closure kw", lambda: exec("pass", closure=None))
check("exec closure with string", lambda: exec("pass", {}, closure=(1,)))
check("exec closure not needed", lambda: exec(compile("pass", "x", "exec"), {}, closure=()))
def cell_of():
    v = "from cell"
    def inner():
        return v
    return inner.__closure__, (lambda: print("  closure sees", v)).__code__
cells, code = cell_of()
check("exec code with closure", lambda: exec(code, {}, closure=cells))
check("exec closure wrong length", lambda: exec(code, {}, closure=cells + cells))
check("exec closure not cells", lambda: exec(code, {}, closure=(1,)))
check("exec too many", lambda: exec("1", None, None, None))
check("eval globals non-mapping", lambda: eval("1", 5))
check("eval locals checked first", lambda: eval("1", 5, 5))
ns = {}
exec("import sys as _s\nmodname = __name__", ns)
check("exec __name__ is builtins", lambda: ns["modname"])
ns = {"__name__": "custom"}
exec("class K: pass", ns)
check("exec class module", lambda: ns["K"].__module__)
check("exec return outside", lambda: exec("return 1"))
check("exec yield outside", lambda: exec("yield 1"))
check("exec nonlocal at top", lambda: exec("nonlocal x"))
def exec_in_function():
    x = 1
    exec("x = 2")
    return x
check("exec cannot rebind locals", exec_in_function)
def exec_new_name():
    exec("brand_new = 3")
    return locals().get("brand_new")
check("exec new name via locals()", exec_new_name)
class C:
    exec("inside = 'class body'")
check("exec in class body", lambda: C.inside)
check("exec globals builtins added", lambda: (lambda d: (exec("pass", d), sorted(d))[1])({}))
check("exec error line", lambda: exec("a = 1\nb = 1 / 0\n"))
def tb_line():
    try:
        exec("x = 1\n\ny = undefined\n")
    except NameError as e:
        tb = e.__traceback__
        while tb.tb_next:
            tb = tb.tb_next
        return tb.tb_lineno, tb.tb_frame.f_code.co_filename, tb.tb_frame.f_code.co_name
check("exec traceback", tb_line)

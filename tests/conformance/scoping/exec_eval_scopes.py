# exec/eval namespaces: globals vs locals, functions defined in exec, class-body-like behaviour
g = {"x": 1}
exec("y = x + 1", g)
print(g["y"], "__builtins__" in g)
g2, l2 = {}, {}
exec("a = 1\ndef f():\n    return a\n", g2, l2)
print(sorted(l2), "a" in g2)
try:
    l2["f"]()
except NameError as e:
    print(type(e).__name__, e)
# separate locals behave like a class body: comprehensions cannot see them
l3 = {}
exec("n = 3\ntry:\n    r = [n for _ in range(2)]\nexcept NameError as e:\n    r = str(e)", {}, l3)
print(l3["r"])
# eval sees both namespaces
print(eval("p + q", {"p": 1}, {"q": 2}))
# eval and exec in a function read the function's locals via locals()
def f():
    local_var = 10
    return eval("local_var * 2"), eval("local_var + bonus", {"bonus": 1}, locals())
print(f())
def g_exec():
    value = 1
    exec("value = 2")
    return value
print(g_exec())
def g_exec_locals():
    ns = {}
    exec("value = 2", globals(), ns)
    return ns["value"]
print(g_exec_locals())
# globals() inside exec'd code is the given dict
d = {}
exec("import sys as _s\nflag = globals() is _g", {"_g": None} | {}, d)
print(sorted(k for k in d if not k.startswith("__")))
code_globals = {}
exec("result = globals() is code_globals_ref", code_globals | {"code_globals_ref": None})
# builtins are injected
ns = {}
exec("pass", ns)
print(type(ns["__builtins__"]).__name__ in ("module", "dict"))
# a custom __builtins__
ns = {"__builtins__": {"len": lambda x: "custom len"}}
print(eval("len([1, 2])", ns))
try:
    eval("print", {"__builtins__": {}})
except NameError as e:
    print(type(e).__name__, e)
# exec returns None; eval of statements is an error
print(exec("1 + 1"))
try:
    eval("x = 1")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
# nonlocal and global inside exec'd functions
src = """
counter = 0
def bump():
    global counter
    counter += 1
bump(); bump()
"""
ns = {}
exec(src, ns)
print(ns["counter"])
# code objects can be exec'd repeatedly
code = compile("total = total + 1", "<case>", "exec")
ns = {"total": 0}
for _ in range(3):
    exec(code, ns)
print(ns["total"])
# locals mapping that is not a dict
class Recorder(dict):
    def __setitem__(self, k, v):
        print("store", k, v)
        super().__setitem__(k, v)
    def __getitem__(self, k):
        print("load", k)
        return super().__getitem__(k)
exec("a = 1\nb = a + 1", {}, Recorder())

# global and nonlocal declarations: semantics and compile-time errors
counter = 0
def bump():
    global counter
    counter += 1
bump(); bump()
print(counter)
def create_global():
    global brand_new
    brand_new = "created"
create_global()
print(brand_new)
def nested_global():
    x = "enclosing"
    def inner():
        global x
        return x
    return inner()
x = "module x"
print(nested_global())
def nonlocal_chain():
    v = 1
    def mid():
        def inner():
            nonlocal v
            v += 1
        inner()
        inner()
    mid()
    return v
print(nonlocal_chain())
# nonlocal picks the nearest enclosing binding
def nearest():
    v = "outer"
    def mid():
        v = "mid"
        def inner():
            nonlocal v
            v = "changed mid"
        inner()
        return v
    return mid(), v
print(nearest())
# global in a nested function while the enclosing has a local of the same name
def shadow():
    counter = "local"
    def g():
        global counter
        counter = 100
    g()
    return counter
print(shadow(), counter)
# exec/eval with global declarations
ns = {}
exec("def f():\n    global q\n    q = 7\nf()", ns)
print(ns["q"])
# compile-time errors
cases = [
    "nonlocal x",
    "def f():\n    nonlocal x",
    "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x",
    "def f(a):\n    global a",
    "def f(a):\n    nonlocal a",
    "def f():\n    x = 1\n    global x",
    "def f():\n    print(x)\n    global x",
    "def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x",
    "def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x",
    "class C:\n    nonlocal x",
    "def f():\n    global x\n    nonlocal x",
    "def f():\n    x: int = 1\n    global x",
    "def f():\n    global x\n    x: int = 1",
    "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x: int = 2",
    "def f():\n    for x in []: pass\n    global x",
    "def f():\n    import x\n    global x",
    "def f():\n    def x(): pass\n    global x",
    "def f():\n    global x\n    global x",
    "def f():\n    [x := 1 for y in []]\n    global x",
    "x = 1\ndef f():\n    del x\n    global x",
    "def f():\n    nonlocal __class__",
    "class C:\n    def f(self):\n        nonlocal __class__\n        __class__ = 1",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print("ok:", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno, e.offset)

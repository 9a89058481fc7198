class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  del", self.name)

def f():
    a = T("a")
    b = T("b")
    c = T("c")
    print("  returning")
print("locals freed in slot order on return")
f()
print("after f")

def params(x, y, *args, **kw):
    z = T("local z")
    print("  in params")
print("parameters, *args and **kwargs")
params(T("x"), T("y"), T("arg1"), T("arg2"), k=T("kw"))
print("after params")

def returns_one():
    keep = T("returned")
    drop = T("dropped")
    return keep
print("returned object survives")
r = returns_one()
print("  got", r.name)
r = None

def cells():
    cell_var = T("cell")
    plain = T("plain")
    def inner():
        return cell_var
    return None
print("cell variables")
cells()
print("after cells")

def closure_keeps():
    captured = T("captured")
    def inner():
        return captured.name
    return inner
print("closure keeps its cell alive")
fn = closure_keeps()
print("  ", fn())
del fn
print("after closure del")

def raising():
    local = T("raising local")
    raise ValueError("x")
print("exception: the traceback keeps the frame alive until the handler ends")
try:
    raising()
except ValueError:
    print("  in handler")
print("after handler")

def reassign_in_loop():
    for i in range(3):
        item = T("loop%d" % i)
    print("  loop done")
print("loop variable rebinding")
reassign_in_loop()

def deleted_local():
    v = T("deleted local")
    del v
    print("  after del in function")
deleted_local()

def recursion(n):
    o = T("depth%d" % n)
    if n:
        recursion(n - 1)
    print("  unwinding", n)
print("recursion")
recursion(2)
print("lambda default argument held by the function")
l = lambda d=T("default"): d
del l
print("end")

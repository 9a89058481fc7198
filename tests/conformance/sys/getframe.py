import sys
def where():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno
def caller():
    return where()
print(caller())
f = sys._getframe()
print(f.f_code.co_name, f.f_lineno, f.f_back, f.f_globals is globals(), f.f_locals is globals())
print(type(f).__name__, f.f_builtins is __builtins__.__dict__ if hasattr(__builtins__, "__dict__") else True)
def chain():
    names = []
    fr = sys._getframe()
    while fr is not None:
        names.append(fr.f_code.co_name)
        fr = fr.f_back
    return names
def a():
    return b()
def b():
    return chain()
print(a())
def locals_of():
    x = 1
    y = "two"
    return sys._getframe().f_locals
print(locals_of())
def lineno_changes():
    fr = sys._getframe()
    first = fr.f_lineno
    second = fr.f_lineno
    return second - first
print(lineno_changes())
try:
    sys._getframe(100)
except ValueError as e:
    print(type(e).__name__, e)
try:
    sys._getframe(-1)
except ValueError as e:
    print(type(e).__name__, e)
print(sys._getframe(-1) is sys._getframe(0) if False else "skip")
try:
    sys._getframe("x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    sys._getframe(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
def gen():
    fr = sys._getframe()
    yield fr.f_code.co_name, fr.f_back.f_code.co_name
    yield fr.f_back.f_code.co_name if fr.f_back else None
g = gen()
print(next(g))
def other_driver():
    return next(g)
print(other_driver())
class K:
    fr = sys._getframe()
    name = fr.f_code.co_name
    local_keys = sorted(k for k in fr.f_locals if not k.startswith("__"))
print(K.name, K.local_keys)
lam = lambda: sys._getframe().f_code.co_name
print(lam())
print([sys._getframe().f_code.co_name for _ in range(1)])
print(next(sys._getframe().f_code.co_name for _ in range(1)))
def frame_after_return():
    return sys._getframe()
fr = frame_after_return()
print(fr.f_code.co_name, fr.f_lineno)
print(fr.f_locals)

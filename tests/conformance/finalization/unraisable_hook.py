import sys
# sys.unraisablehook receives UnraisableHookArgs for __del__ and generator finalization errors
log = []
def hook(u):
    log.append(u)
    print("hook:", type(u).__name__, u.exc_type.__name__, u.exc_value, u.err_msg, type(u.object).__name__, u.exc_traceback is not None, len(u))
sys.unraisablehook = hook

class C:
    def __del__(self):
        raise ValueError("in del")
C()
print(log[0].object.__qualname__)
print(log[0][0] is ValueError, log[0][3] is None)

def g():
    try:
        yield
    finally:
        raise KeyError("in finally")
x = g()
next(x)
del x
print(log[1].object.__name__)

def refusing():
    try:
        yield 1
    except GeneratorExit:
        yield 2
r = refusing()
next(r)
r = None
print(str(log[2].exc_value))
log.clear()

print(sys.__unraisablehook__ is not hook, sys.unraisablehook is hook)
for bad in (lambda: sys.__unraisablehook__(1), lambda: sys.__unraisablehook__()):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)

# a hook that fails: its own error is reported with the default hook
def failing(u):
    raise TypeError("hook failed")
sys.unraisablehook = failing
C()
print("after failing hook")
# None falls back to the default hook
sys.unraisablehook = None
C()
print("after None hook")
sys.unraisablehook = sys.__unraisablehook__
print("end")

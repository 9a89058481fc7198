# class body execution: order, namespace, implicit attributes
log = []
class C:
    log.append("body start")
    x = 1
    def method(self): pass
    y = x + 1
    log.append(sorted(k for k in locals() if not k.startswith("__")))
    log.append((__module__, __qualname__))
    del x
    if True:
        conditional = "yes"
    for i in range(2):
        pass
    try:
        z = undefined_name
    except NameError:
        z = "fallback"
print(log, sorted(k for k in vars(C) if not k.startswith("__")), C.i, C.z)
# a class body may return early only by exception
try:
    class Broken:
        a = 1
        raise ValueError("in class body")
except ValueError as e:
    print(type(e).__name__, e, "Broken" in dir())
# class statement is an assignment: rebinding and decorators
class Rebound: pass
first = Rebound
class Rebound: pass
print(first is Rebound, first.__qualname__ == Rebound.__qualname__)
# docstring and implicit attributes
class Doc:
    "the docstring"
print(Doc.__doc__, Doc.__module__, Doc.__name__, Doc.__qualname__, Doc.__dict__["__doc__"], "__dict__" in Doc.__dict__, "__weakref__" in Doc.__dict__)
class NoDoc: pass
print(NoDoc.__doc__, sorted(k for k in NoDoc.__dict__))
# class body sees globals and builtins; names defined later in the module are not visible yet
try:
    class Early:
        v = defined_later
except NameError as e:
    print(type(e).__name__, e)
defined_later = 1
# class created inside a function closes over function locals
def make(n):
    class Local:
        value = n
        def get(self):
            return n * 2
    return Local
L = make(21)
print(L.value, L().get(), L.__qualname__)
# nested class bodies do not see the enclosing class's names
class Outer:
    shared = "outer"
    class Inner:
        try:
            seen = shared
        except NameError as e:
            seen = f"NameError: {e}"
print(Outer.Inner.seen)
# the class namespace is copied: later changes to the dict returned by locals() do not matter
class Snap:
    ns = locals()
    a = 1
print("a" in Snap.ns, Snap.ns is not Snap.__dict__)

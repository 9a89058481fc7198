# __new__ vs __init__ argument errors
class NoInit: pass
class WithInit:
    def __init__(self, a): self.a = a
class WithNew:
    def __new__(cls, a):
        return super().__new__(cls)
class Both:
    def __new__(cls, *a, **k): return super().__new__(cls)
    def __init__(self, *a, **k): pass
def show(fn, *a, **k):
    try:
        r = fn(*a, **k)
        print("ok", type(r).__name__)
    except TypeError as e:
        print(type(e).__name__, e)
show(NoInit, 1)
show(NoInit, x=1)
show(WithInit)
show(WithInit, 1, 2)
show(WithNew)
show(WithNew, 1)
show(WithNew, 1, 2)
show(Both, 1, 2, k=3)
show(object, 1)
show(object.__new__)
show(object.__new__, 1)
show(object.__new__, NoInit, 1)
show(object.__new__, WithInit, 1)
show(object.__init__)
show(object.__init__, NoInit(), 1)
show(object.__init__, WithInit(1), 1)
show(lambda: NoInit().__init__(1))
show(lambda: WithNew(1).__init__(1))
show(object.__new__, int)
show(int.__new__, str)
show(object.__new__, 1)
# __new__ returning an instance of another class skips __init__
class Other:
    def __init__(self):
        print("Other.__init__ should not run from Swap")
class Swap:
    def __new__(cls):
        return 42
    def __init__(self):
        print("Swap.__init__ never runs")
print(Swap())
class SubSwap:
    def __new__(cls):
        return object.__new__(Sub2)
    def __init__(self):
        print("SubSwap.__init__ runs for subclass instances")
class Sub2(SubSwap): pass
print(type(SubSwap()).__name__)
# __init__ must return None
class BadInit:
    def __init__(self):
        return 1
show(BadInit)
# __new__ as a staticmethod implicitly; calling it explicitly needs the class
class Explicit:
    def __new__(cls, v):
        inst = super().__new__(cls)
        inst.v = v
        return inst
e = Explicit.__new__(Explicit, 7)
print(e.v, type(Explicit.__dict__["__new__"]).__name__)
# overriding __init__ only: object.__new__ ignores the arguments
class InitOnly:
    def __init__(self, *args): self.args = args
print(InitOnly(1, 2).args)
# overriding __new__ only: object.__init__ ignores the arguments
class NewOnly:
    def __new__(cls, *args):
        o = super().__new__(cls)
        o.args = args
        return o
print(NewOnly(1, 2).args)
# builtin subclasses
class MyInt(int):
    def __new__(cls, v, extra):
        o = super().__new__(cls, v)
        o.extra = extra
        return o
m = MyInt("5", "x")
print(m, m.extra, m + 1)
show(MyInt, 1)
class MyList(list):
    def __init__(self, *a):
        super().__init__(a)
print(MyList(1, 2, 3))
show(list, 1, 2)
show(dict, 1, 2)
show(int, x=1)
show(tuple, [1], [2])
# abstract classes
import abc
class Abstract(abc.ABC):
    @abc.abstractmethod
    def a(self): ...
    @abc.abstractmethod
    def b(self): ...
show(Abstract)
class Half(Abstract):
    def a(self): return 1
show(Half)
class Full(Half):
    def b(self): return 2
show(Full)

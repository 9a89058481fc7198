# decorators: evaluation and application order, arguments, class decorators
log = []
def deco(name):
    log.append(f"evaluate {name}")
    def apply(f):
        log.append(f"apply {name} to {getattr(f, '__name__', f)}")
        return f
    return apply
@deco("outer")
@deco("middle")
@deco("inner")
def target():
    pass
print(log)
log.clear()
# the decorator expression is evaluated before the function's defaults
def default():
    log.append("default evaluated")
    return 1
@deco("d")
def with_default(x=default()):
    pass
print(log)
log.clear()
# decorators may return anything
def to_string(f):
    return f"<{f.__name__}>"
@to_string
def named():
    pass
print(named, type(named).__name__)
# wrapping with state
def counted(f):
    def wrapper(*a, **k):
        wrapper.calls += 1
        return f(*a, **k)
    wrapper.calls = 0
    wrapper.__name__ = f.__name__
    wrapper.__wrapped__ = f
    return wrapper
@counted
def add(a, b):
    return a + b
add(1, 2); add(3, 4)
print(add.calls, add.__name__, add.__wrapped__(5, 6))
# functools.wraps copies metadata
import functools
def logged(f):
    @functools.wraps(f)
    def inner(*a):
        return ("logged", f(*a))
    return inner
@logged
def documented(x):
    "the doc"
    return x * 2
print(documented(4), documented.__name__, documented.__doc__, documented.__qualname__, documented.__wrapped__.__name__)
# class decorators
def register(cls):
    cls.registered = True
    log.append(f"registered {cls.__name__}")
    return cls
@register
@deco("cls")
class Thing:
    pass
print(Thing.registered, log)
log.clear()
# arbitrary expressions as decorators (PEP 614)
decos = {"a": deco("from dict")}
@decos["a"]
def f1(): pass
@(lambda f: f)
def f2(): pass
@deco("x") if True else None
def f3(): pass
class Holder:
    @staticmethod
    def make(tag):
        return deco(tag)
@Holder.make("attr")
def f4(): pass
print(log)
log.clear()
# decorators on methods: staticmethod/classmethod/property stacking order
class C:
    @property
    @functools.lru_cache(maxsize=None)
    def cached(self):
        log.append("computed")
        return 42
    @classmethod
    @deco("cm")
    def cm(cls):
        return cls.__name__
    @staticmethod
    @deco("sm")
    def sm():
        return "static"
c = C()
print(c.cached, c.cached, C.cm(), C.sm(), log)
# a decorator that raises stops the definition
def boom(f):
    raise RuntimeError("decorator failed")
try:
    @boom
    def never(): pass
except RuntimeError as e:
    print(e, "never" in globals())
# the name is bound only after all decorators ran
def check_unbound(f):
    print("bound during decoration:", "late" in globals())
    return f
@check_unbound
def late(): pass
print("bound after:", "late" in globals())
# decorator line in tracebacks: the first decorator's line is co_firstlineno
def identity(f): return f
@identity
@identity
def firstline(): pass
print(firstline.__code__.co_firstlineno - identity.__code__.co_firstlineno)

# contextlib: contextmanager (errors, decorator use), closing, suppress, redirect_*, nullcontext, ExitStack (order, suppression, exception chaining, pop_all), ContextDecorator
import contextlib, sys, io
from contextlib import *
@contextmanager
def tag(name):
    print("enter", name)
    try:
        yield name.upper()
    except ValueError as e:
        print("caught", e)
    finally:
        print("exit", name)
with tag("a") as t: print("body", t)
with tag("b"): raise ValueError("boom")
try:
    with tag("c"): raise KeyError("k")
except KeyError as e: print("propagated", repr(e))
@contextmanager
def noyield():
    if False: yield
try:
    with noyield(): pass
except RuntimeError as e: print(e)
@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice(): pass
except RuntimeError as e: print(e)
@contextmanager
def swallow():
    try: yield
    except Exception: pass
    yield
try:
    with swallow(): raise ValueError
except RuntimeError as e: print(e)
@tag("deco")
def f(x): print("in f", x); return x * 2
print(f(3), f(4))
print(tag.__name__, tag("q").__doc__ is None or True)
class Res:
    def close(self): print("closed")
with closing(Res()) as r: print(type(r).__name__)
with suppress(KeyError, IndexError):
    {}['x']
print("after suppress")
try:
    with suppress(KeyError): [][1]
except IndexError as e: print("not suppressed", e)
buf = io.StringIO()
with redirect_stdout(buf): print("captured")
print(repr(buf.getvalue()))
ebuf = io.StringIO()
with redirect_stderr(ebuf): sys.stderr.write("err\n")
print(repr(ebuf.getvalue()))
with nullcontext(5) as n: print(n)
with ExitStack() as stack:
    for i in range(3):
        stack.callback(print, "callback", i)
    stack.enter_context(tag("s"))
    stack.push(lambda *exc: print("push", exc[0]))
print("---")
with ExitStack() as stack:
    stack.push(lambda t, v, tb: True)
    raise ValueError("suppressed by stack")
print("suppressed ok")
def raiser(msg):
    def cb(*exc): raise RuntimeError(msg)
    return cb
try:
    with ExitStack() as stack:
        stack.push(raiser("first"))
        stack.push(raiser("second"))
        raise ValueError("original")
except RuntimeError as e:
    print(repr(e), repr(e.__context__), repr(e.__context__.__context__))
with ExitStack() as outer:
    inner = ExitStack()
    inner.callback(print, "moved")
    outer_stack = inner.pop_all()
outer_stack.close()
try:
    ExitStack().enter_context(5)
except TypeError as e: print(e)
print(isinstance(ExitStack(), AbstractContextManager), issubclass(type(open), AbstractContextManager), issubclass(io.StringIO, AbstractContextManager))
class CM(ContextDecorator):
    def __enter__(self): print("cm enter"); return self
    def __exit__(self, *exc): print("cm exit"); return False
@CM()
def g(): print("g body")
g()
print(contextlib.__all__)
@contextmanager
def stopper():
    yield
try:
    with stopper(): raise StopIteration("x")
except StopIteration as e: print("StopIteration passed", e)


# sys.settrace: call/line/return/exception events, local trace functions, f_trace, errors in tracers
import sys
events = []
def tracer(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    events.append((frame.f_code.co_name, event, frame.f_lineno))
    return tracer

class CM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return True

def deco(fn):
    return fn

def body():
    with CM() as c:
        x = 1
        raise ValueError
    def inner(a, b):
        return a + b
    inner(1, 2)
    lam = lambda q: q * 2
    lam(3)
    class K:
        attr = 1
        def m(self):
            return self.attr
    K().m()
    x = [1, 2]
    if x: y = 1
    else: y = 2
    for i in range(2): pass
    return y

sys.settrace(tracer)
body()
sys.settrace(None)
for e in events:
    print(e)
print("---- local tracer returning None, f_trace")
events.clear()
def quiet(frame, event, arg):
    events.append((frame.f_code.co_name, event, frame.f_lineno))
    return None
def two():
    a = 1
    b = 2
    return a + b
sys.settrace(quiet)
two()
sys.settrace(None)
print(events)
events.clear()
def local(frame, event, arg):
    events.append(("local", frame.f_code.co_name, event, frame.f_lineno))
    return None
def glob(frame, event, arg):
    events.append(("glob", frame.f_code.co_name, event, frame.f_lineno))
    return local
sys.settrace(glob)
two()
sys.settrace(None)
for e in events: print(e)
print("---- tracer raising")
def bad(frame, event, arg):
    if event == "line":
        raise RuntimeError("tracer failed")
    return bad
sys.settrace(bad)
try:
    two()
except RuntimeError as e:
    print("caught", e, sys.gettrace())
print("---- settrace in frame, f_trace of current frame")
events.clear()
def here():
    sys.settrace(tracer)
    sys._getframe().f_trace = tracer
    a = 1
    b = 2
    sys.settrace(None)
    c = 3
here()
for e in events: print(e)
print("---- generator close/throw")
events.clear()
def gen():
    try:
        yield 1
        yield 2
    finally:
        z = 0
sys.settrace(tracer)
g = gen()
next(g)
g.close()
g2 = gen()
next(g2)
try:
    g2.throw(KeyError)
except KeyError:
    pass
sys.settrace(None)
for e in events: print(e)

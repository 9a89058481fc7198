# sys.settrace: the events of loops, while, if/else, try/except/finally, comprehensions, generators, calls
import sys
events = []
def tracer(frame, event, arg):
    if frame.f_code.co_filename != __file__:
        return None
    a = arg if event in ("return", "call", "line") else (arg[0].__name__ if arg else None)
    events.append((frame.f_code.co_name, event, frame.f_lineno, a if not callable(a) else "fn"))
    return tracer

def f(n):
    total = 0
    for i in range(n):
        total += i
    while n > 0:
        n -= 1
    if total:
        x = 1
    else:
        x = 2
    try:
        1 / 0
    except ZeroDivisionError:
        pass
    finally:
        x = 3
    sq = [i * i for i in range(2)]
    return total

def g():
    yield 1
    yield 2

def h():
    raise KeyError("k")

def k():
    try:
        h()
    except KeyError:
        return "caught"

sys.settrace(tracer)
f(2)
list(g())
k()
sys.settrace(None)
for e in events:
    print(e)

import sys
def gen(a):
    b = a * 2
    frame = sys._getframe()
    yield frame.f_back.f_code.co_name, frame.f_lineno
    c = b + 1
    yield sorted(frame.f_locals), frame.f_back.f_code.co_name
def driver(g):
    return next(g)
g = gen(1)
print("created:", g.gi_frame.f_lineno, g.gi_frame.f_code.co_name, sorted(g.gi_frame.f_locals))
print("first:", driver(g))
print("suspended:", g.gi_frame.f_lineno, sorted(g.gi_frame.f_locals), g.gi_frame.f_locals["b"], g.gi_frame.f_back)
print("second:", next(g))
g.gi_frame.f_locals["b"] = 100
print("f_locals writes are not seen:", next(g, "end"))
print("after:", g.gi_frame)
def outer():
    inner = (sys._getframe().f_back.f_code.co_name for _ in range(1))
    return next(inner)
print("genexp caller:", outer())
def recurse_frames():
    def level(n):
        if n:
            yield from level(n - 1)
        else:
            f = sys._getframe()
            names = []
            while f is not None:
                names.append(f.f_code.co_name)
                f = f.f_back
            yield names
    return next(level(3))
print("frames through yield from:", recurse_frames())
def running_state():
    me = yield
    yield me.gi_running, me.gi_suspended, me.gi_frame.f_code.co_name
r = running_state()
next(r)
print("seen from inside:", r.send(r))

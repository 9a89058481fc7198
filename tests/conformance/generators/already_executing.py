def self_next():
    yield next(g)
g = self_next()
try:
    next(g)
except ValueError as e:
    print(type(e).__name__, e)
print(g.gi_frame is None, g.gi_running)

def self_send():
    yield g2.send(None)
g2 = self_send()
try:
    next(g2)
except ValueError as e:
    print(type(e).__name__, e)

def self_throw():
    try:
        g3.throw(KeyError)
    except ValueError as e:
        yield ("inner", str(e))
g3 = self_throw()
print(next(g3))

def self_close():
    try:
        g4.close()
    except ValueError as e:
        yield ("inner close", str(e))
g4 = self_close()
print(next(g4))

# running flag visible from inside
def running():
    yield g5.gi_running, g5.gi_suspended
g5 = running()
print(next(g5), g5.gi_running, g5.gi_suspended)

# an iterator in a chain re-entering through yield from
def sub():
    yield list(g6)
def outer():
    yield from sub()
g6 = outer()
try:
    next(g6)
except ValueError as e:
    print("yield from:", e)

# generator expression re-entering itself
ge = None
def reenter(x):
    return next(ge)
ge = (reenter(x) for x in range(3))
try:
    next(ge)
except ValueError as e:
    print("genexp:", e)

# after the failure the outer generator is finished
try:
    next(ge)
except StopIteration:
    print("exhausted")

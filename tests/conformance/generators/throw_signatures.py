def catcher():
    while True:
        try:
            yield "ready"
        except Exception as e:
            yield ("caught", type(e).__name__, e.args, e.__traceback__ is not None)

def fresh():
    g = catcher()
    next(g)
    return g

# 1) throw(type)
g = fresh()
print(g.throw(ValueError))
# 2) throw(type, value)
g = fresh()
print(g.throw(ValueError, "msg"))
g = fresh()
print(g.throw(ValueError, ("a", "b")))
g = fresh()
print(g.throw(KeyError, KeyError("k")))
# 3) throw(type, value, traceback)
try:
    raise TypeError("with tb")
except TypeError as e:
    tb = e.__traceback__
g = fresh()
print(g.throw(TypeError, TypeError("x"), tb))
g = fresh()
print(g.throw(TypeError("instance")))

# errors
g = fresh()
for args in [(1,), ("str",), (ValueError("x"), "extra"), (ValueError, 1, 2), (object,), (int,)]:
    try:
        g.throw(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    g.throw()
except TypeError as e:
    print(type(e).__name__, e)
try:
    g.throw(ValueError, None, None, None)
except TypeError as e:
    print(type(e).__name__, e)

# throw into an unstarted generator raises at the start, body never runs
def body():
    print("body ran")
    yield 1
u = body()
try:
    u.throw(RuntimeError("early"))
except RuntimeError as e:
    print("unstarted:", e)
print(list(u))

# throw into an exhausted generator re-raises
done = body()
list(done)
try:
    done.throw(IndexError("late"))
except IndexError as e:
    print("exhausted:", e)

# throw: generator returns -> StopIteration
def ret_on_throw():
    try:
        yield 1
    except ValueError:
        return "handled"
rg = ret_on_throw()
next(rg)
try:
    rg.throw(ValueError)
except StopIteration as e:
    print("StopIteration", e.value)

# throw is not caught: traceback includes the generator frame
def not_caught():
    yield 1
nc = not_caught()
next(nc)
try:
    nc.throw(ZeroDivisionError("z"))
except ZeroDivisionError as e:
    names = []
    t = e.__traceback__
    while t is not None:
        names.append(t.tb_frame.f_code.co_name)
        t = t.tb_next
    print(names)
print(nc.gi_frame)

# throw of a GeneratorExit subclass instance
def ge():
    try:
        yield 1
    except GeneratorExit as e:
        print("got GeneratorExit", type(e).__name__)
        raise
gg = ge()
next(gg)
try:
    gg.throw(GeneratorExit)
except GeneratorExit:
    print("propagated")

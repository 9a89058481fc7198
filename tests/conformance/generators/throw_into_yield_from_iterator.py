# gen.throw() while delegating with `yield from` to an iterator that has no throw() method:
# the exception is raised at the `yield from` itself (and the generator's finally runs)
trace = []
def g():
    try:
        trace.append("start")
        yield from range(10)
    finally:
        trace.append("finally")
gi = g()
for i in range(3):
    trace.append(next(gi))
try:
    gi.throw(ValueError("tomato"))
except ValueError as e:
    print("raised", e)
print(trace, gi.gi_frame)

class WithThrow:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        return self.n
    def throw(self, exc):
        return "thrown " + type(exc).__name__
def h():
    r = yield from WithThrow()
    return r
hi = h()
print(next(hi), next(hi), hi.throw(KeyError), next(hi))

def caught():
    try:
        yield from iter([1, 2, 3])
    except KeyError as e:
        yield "caught " + repr(e)
c = caught()
print(next(c), c.throw(KeyError("k")), list(c))

def gen(tag):
    try:
        yield 1
        yield 2
    finally:
        print("  finally", tag)

print("dropped suspended generator closes at once")
g = gen("a")
next(g)
g = None
print("after drop")

print("unstarted generator: finally does not run")
g = gen("unstarted")
del g
print("after unstarted drop")

print("exhausted generator")
g = gen("exhausted")
print(list(g))
del g

print("generator local to a function closes when the function returns")
def user():
    it = gen("in user")
    next(it)
    print("  user returning")
user()
print("after user")

print("break out of a for loop over a temporary generator")
for v in gen("for"):
    break
print("after break")

print("exception in the loop body")
try:
    for v in gen("for-exc"):
        raise ValueError
except ValueError:
    print("  handled")
print("after loop exception")

print("GeneratorExit seen by the generator on drop")
def watcher():
    try:
        yield
    except GeneratorExit:
        print("  GeneratorExit")
        raise
w = watcher()
next(w)
del w

print("generator holding objects releases them after its finally")
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  del", self.name)
def holder():
    t = T("held by generator")
    try:
        yield
    finally:
        print("  holder finally")
h = holder()
next(h)
h = None

print("nested generators: outer dropped while delegating")
def inner():
    try:
        yield "i"
    finally:
        print("  inner finally")
def outer():
    try:
        yield from inner()
    finally:
        print("  outer finally")
o = outer()
next(o)
o = None

print("generator that yields in finally on drop: RuntimeError is unraisable")
def stubborn():
    try:
        yield 1
    finally:
        yield 2
s = stubborn()
next(s)
s = None
print("end")

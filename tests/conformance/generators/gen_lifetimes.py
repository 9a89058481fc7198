class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  del", self.name)

def gen():
    a = T("local a")
    yield 1
    b = T("local b")
    yield 2
    print("  generator ending")

print("locals are released when the generator finishes")
g = gen()
next(g)
next(g)
for _ in g:
    pass
print("after exhaustion, gi_frame:", g.gi_frame)
del g

print("arguments of an unstarted generator are held until it is dropped")
def holds(x):
    yield x
h = holds(T("argument"))
print("  created")
h = None
print("  dropped")

print("a generator expression holds its first iterable")
ge = (x.name for x in [T("genexp item")])
print("  created genexp")
del ge
print("  deleted genexp")

print("a generator raising releases its frame immediately")
def raiser():
    t = T("raiser local")
    yield 1
    raise ValueError("x")
r = raiser()
next(r)
try:
    next(r)
except ValueError:
    print("  caught")
print("  frame:", r.gi_frame)

print("yield from: the subgenerator is released when it finishes")
def sub():
    s = T("sub local")
    yield "s"
def outer():
    yield from sub()
    print("  outer resumed after sub")
    yield "o"
o = outer()
print(" ", next(o))
print(" ", next(o))
o = None

print("values sent into a generator")
def receiver():
    v = yield
    print("  received", v.name)
    v = None
    yield
rc = receiver()
next(rc)
rc.send(T("sent value"))
print("  after send")
rc.close()

print("generator closed by its own frame dying (local in a function)")
def user():
    g = gen()
    next(g)
    print("  user returning")
user()
print("end")

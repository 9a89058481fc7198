import sys
# sys.getrefcount counts the argument reference too
class C:
    pass
o = C()
print(sys.getrefcount(o))
alias = o
print(sys.getrefcount(o))
lst = [o, o, o]
print(sys.getrefcount(o))
del lst
print(sys.getrefcount(o))
del alias
print(sys.getrefcount(o))

def f(x):
    return sys.getrefcount(x)
print(f(o))

d = {"a": o}
print(sys.getrefcount(o))
d.clear()
t = (o,)
print(sys.getrefcount(o))
del t
print(sys.getrefcount(o))

# a fresh object passed directly
print(sys.getrefcount(C()))
print(sys.getrefcount([]))
print(sys.getrefcount(object()))
# attributes hold references
class Holder:
    pass
h = Holder()
h.x = o
h.y = o
print(sys.getrefcount(o))
del h
print(sys.getrefcount(o))
# a closure cell
def outer():
    v = C()
    def inner():
        return v
    return sys.getrefcount(v)
print(outer())
# loop variable
for item in [C()]:
    print(sys.getrefcount(item))
# bound methods reference their instance
class M:
    def m(self):
        pass
mo = M()
b = mo.m
print(sys.getrefcount(mo))
del b
print(sys.getrefcount(mo))
# inside a method: the instance is referenced by the global and by self
class S:
    def count(self):
        return sys.getrefcount(self)
    def count_twice(self):
        me = self
        return sys.getrefcount(self)
s = S()
print(s.count(), s.count_twice(), S.count(s))
# arguments of a nested call
def g(a, b):
    return sys.getrefcount(a)
print(g(s, s))
# inside a generator
def gen(x):
    yield sys.getrefcount(x)
print(next(gen(s)))
# a list comprehension element
print([sys.getrefcount(v) for v in [C()]])
# kwargs
def kw(**k):
    return sys.getrefcount(k["x"])
print(kw(x=s))
# default arguments are referenced by the function
dflt = C()
def with_default(p=dflt):
    return sys.getrefcount(p)
print(with_default(), sys.getrefcount(dflt))

# **kwargs is a fresh dict; keyword order; mutation does not leak
def collect(**kw):
    kw["added"] = True
    return kw
src = {"a": 1, "b": 2}
out = collect(**src)
print(out, src, out is src)
def order(**kw):
    return list(kw)
print(order(z=1, a=2, m=3), order(**{"b": 1, "a": 2}, c=3))
# *args is always a tuple
def args(*a):
    return type(a).__name__, a
print(args(), args(*[1, 2]), args(*"ab"), args(*range(3)))
# positional-only parameter names can be reused as keyword names in **kwargs
def po(name, /, **kw):
    return name, kw
print(po(1, name=2))
# keyword arguments with non-identifier names through **
print(collect(**{"not an identifier": 1, "1": 2}))
# a function receiving the same dict twice through ** sees copies
d = {"x": 1}
def two(**kw):
    return kw
a = two(**d)
a["x"] = 99
print(d)
# default None idiom vs shared mutable default
def append_to(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target
print(append_to(1), append_to(2))
def shared(item, target=[]):
    target.append(item)
    return target
print(shared(1), shared(2), shared.__defaults__)
# keyword-only arguments after *args and with defaults
def kwo(*args, sep=" ", end="\n"):
    return sep.join(map(str, args)) + end
print(repr(kwo(1, 2, 3, sep="-")), repr(kwo(end="")))
# passing the same keyword via ** and explicitly
try:
    collect(a=1, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
# mapping subclasses keep their items
from collections import OrderedDict
print(collect(**OrderedDict(x=1, y=2)))

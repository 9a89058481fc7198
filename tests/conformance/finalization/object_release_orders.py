# the order in which builtin objects release what they hold when they die
import types
from _exit_helper import T
print("exception: __dict__ (notes), args, traceback, cause, context")
try:
    raise KeyError("context")
except KeyError as c:
    ctx = c
e = ValueError(T("arg 1"), T("arg 2"))
e.__cause__ = RuntimeError(T("cause arg"))
e.__context__ = ctx
e.extra = T("exception attribute")
e.add_note("note")
del ctx, c
del e
print("property: fget, fset, fdel, doc")
p = property(lambda s, d=T("getter default"): 1, lambda s, v, d=T("setter default"): 1, lambda s, d=T("deleter default"): 1, T("doc object"))
del p
print("classmethod / staticmethod")
cm = classmethod(lambda c, d=T("cm function default"): 1)
cm.attr = T("cm attribute")
del cm
print("bound method: function, then self")
m = types.MethodType(lambda s, d=T("method function default"): 1, T("method self"))
del m
print("map: iterators, then function")
mp = map(lambda x, d=T("map func default"): x, [T("map item")])
del mp
print("filter / zip / enumerate")
fl = filter(lambda x, d=T("filter func default"): x, [T("filter item")])
del fl
z = zip([T("zip a")], [T("zip b")])
del z
en = enumerate([T("enum item")])
next(en)
del en
print("slice: start, stop, step")
s = slice(T("start"), T("stop"), T("step"))
del s
print("iterator over a list")
it = iter([T("iterated 1"), T("iterated 2")])
next(it)
del it
print("reversed")
rv = reversed([T("rev 1"), T("rev 2")])
del rv
print("dict: key then value, entry by entry")
d = {T("key 1"): T("value 1"), T("key 2"): T("value 2")}
del d
print("dict views keep the dict")
view = {1: T("viewed value")}.values()
del view
print("cell")
cell = types.CellType(T("cell content"))
del cell
print("super")
class A:
    pass
sp = super(A, A())
del sp
print("end")

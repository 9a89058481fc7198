# operator: every function, the dunder aliases, __all__, getters and their reprs
import operator
from operator import itemgetter, attrgetter, methodcaller

print(sorted(operator.__all__) == operator.__all__, len(operator.__all__))
print(operator.__add__ is operator.add, operator.__and__ is operator.and_, operator.__not__ is operator.not_)
print(operator.add, operator.add.__name__, operator.add.__doc__)
print(operator.itemgetter, operator.attrgetter, operator.methodcaller)

for name in ["add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and_", "or_", "xor",
             "lt", "le", "eq", "ne", "gt", "ge"]:
    f = getattr(operator, name)
    print(name, f(13, 4), f(-7, 3), f(True, 2))
print(operator.truediv(1, 4), operator.pow(2.0, -1), operator.mod(-7.5, 2))
print(operator.concat([1], [2]), operator.concat("a", "b"), operator.concat((1,), (2,)))
print(operator.neg(5), operator.pos(-5), operator.abs(-2.5), operator.inv(5), operator.invert(-1))
print(operator.not_(0), operator.truth("x"), operator.index(True), operator.is_(None, None), operator.is_not(1, None))
print(operator.contains("abc", "b"), operator.countOf([1, 2, 1, 1], 1), operator.indexOf((3, 4, 5), 5))
nan = float("nan")
print(operator.countOf([nan, nan], nan))
d = {}
operator.setitem(d, "k", 1)
print(d, operator.getitem(d, "k"))
operator.delitem(d, "k")
print(d)
l = [1, 2, 3, 4]
operator.setitem(l, slice(1, 3), ["x"])
print(l, operator.getitem(l, slice(None, None, -1)))
operator.delitem(l, slice(0, 1))
print(l)

# in-place operators return the result; mutables are mutated
a = [1]
b = operator.iadd(a, [2])
print(a, b, a is b)
a = [1]
print(operator.iconcat(a, (5,)), a)
x = 5
print(operator.iadd(x, 1), x)
for name in ["iadd", "isub", "imul", "itruediv", "ifloordiv", "imod", "ipow", "ilshift", "irshift", "iand", "ior", "ixor"]:
    print(name, getattr(operator, name)(12, 3))
s = {1, 2}
operator.ior(s, {3})
operator.iand(s, {1, 3})
print(sorted(s))

class M:
    def __matmul__(self, o): return "matmul"
    def __imatmul__(self, o): return "imatmul"
print(operator.matmul(M(), 1), operator.imatmul(M(), 1))

print(operator.length_hint([1, 2, 3]), operator.length_hint(iter(range(10))), operator.length_hint(object(), 7))
class LH:
    def __length_hint__(self): return 42
print(operator.length_hint(LH()))
class BadLH:
    def __length_hint__(self): return -1
try:
    operator.length_hint(BadLH())
except ValueError as e:
    print("ValueError", e)
print(operator.call(max, 1, 5, 3), operator.call(dict, a=1))

# itemgetter
print(itemgetter(1)("abc"), itemgetter(0, 2)("abc"), itemgetter("k")({"k": 9}))
print(itemgetter(1), itemgetter(1, "a", (2, 3)), repr(itemgetter(slice(1, 2))))
print(sorted([(1, "b"), (0, "c"), (2, "a")], key=itemgetter(1)))
print(list(map(itemgetter(0, 0), [[1], [2]])))

# attrgetter
class P:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child
p = P("outer", P("inner"))
print(attrgetter("name")(p), attrgetter("child.name")(p), attrgetter("name", "child.name")(p))
print(attrgetter("name"), attrgetter("a.b", "c"))
try:
    attrgetter("child.nope")(p)
except AttributeError as e:
    print("AttributeError", e)

# methodcaller
print(methodcaller("upper")("abc"), methodcaller("split", ",")("a,b"), methodcaller("split", sep="-", maxsplit=1)("a-b-c"))
print(methodcaller("f"), methodcaller("f", 1, "two", k=[3]))
mc = methodcaller("count", 1)
print(mc([1, 1, 2]), mc((1,)))
print(itemgetter(1).__reduce__()[1], attrgetter("a", "b.c").__reduce__()[1], methodcaller("x", 1).__reduce__()[1])
try:
    class X(itemgetter): pass
except TypeError as e:
    print("TypeError", e)
print(itemgetter.__name__, itemgetter.__qualname__, itemgetter.__module__)

# the order in which builtins consume iterables and call key functions / dunders
def source(tag, items):
    for x in items:
        print("  %s yields %r" % (tag, x))
        yield x
def key(x):
    print("  key(%r)" % (x,))
    return -x
print("max with key:", max(source("max", [1, 3, 2]), key=key))
print("min without key:", min(source("min", [2, 1])))
print("sorted with key:", sorted(source("sorted", [2, 1, 3]), key=key))
print("sum:", sum(source("sum", [1, 2])))
print("any:", any(source("any", [0, 1, 2])))
print("all:", all(source("all", [1, 0, 2])))
print("zip stops at the shortest, consuming one extra from earlier iterators:")
print(list(zip(source("first", [1, 2, 3]), source("second", ["a"]))))
print("map interleaves:")
print(list(map(lambda a, b: a + b, source("m1", [1, 2]), source("m2", [10, 20]))))
print("filter calls the predicate per item:")
print(list(filter(lambda v: print("  pred", v) or v % 2, source("f", [1, 2, 3]))))
print("enumerate is lazy:")
e = enumerate(source("e", "ab"))
print(" created")
print(next(e))
print("dict(zip()) order:")
print(dict(zip(source("k", "ab"), source("v", [1, 2]))))
print("str.join consumes everything first:")
print("-".join(source("j", ["x", "y"])))
print("tuple unpacking checks length after consuming:")
try:
    a, b = source("u", [1, 2, 3])
except ValueError as err:
    print(" ", err)
print("sorted stops at the first error from key:")
def bad_key(x):
    print("  bad_key", x)
    if x == 2:
        raise KeyError(x)
    return x
try:
    sorted([1, 2, 3], key=bad_key)
except KeyError as err:
    print("  KeyError", err)
class Cmp:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        print("  %r < %r" % (self.v, other.v))
        return self.v < other.v
print("sorted comparison calls:")
print([c.v for c in sorted([Cmp(3), Cmp(1), Cmp(2)])])
print("max comparison calls:")
class G(Cmp):
    def __gt__(self, other):
        print("  %r > %r" % (self.v, other.v))
        return self.v > other.v
print(max([G(1), G(3), G(2)]).v)
print("list.index / in comparisons:")
class Eq:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print("  eq", self.v, other)
        return self.v == other
print([Eq(1), Eq(2), Eq(3)].index(2))
print(2 in [Eq(1), Eq(2), Eq(3)])

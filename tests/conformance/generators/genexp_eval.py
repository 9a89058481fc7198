# the first iterable of a generator expression is evaluated (and iter() called) at creation
def src(tag, items):
    print("evaluating", tag)
    return items

g = (x for x in src("outer", [1, 2]) for y in src("inner", "ab"))
print("created")
print(list(g))

try:
    (x for x in 5)
except TypeError as e:
    print("at creation:", type(e).__name__, e)

g = (x for x in [1] for y in 5)
print("inner not yet evaluated")
try:
    list(g)
except TypeError as e:
    print("at iteration:", type(e).__name__, e)

# a failing condition raises only on iteration
g = (1 / x for x in [1, 0])
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
try:
    next(g)
except StopIteration:
    print("finished after error")

# iter() is called at creation
class Iterable:
    def __iter__(self):
        print("__iter__ called")
        return iter([10, 20])
g = (v for v in Iterable())
print("before iteration")
print(list(g))

# names in the element expression are looked up lazily
n = 1
g = (x * n for x in range(3))
n = 100
print(list(g))

# the first iterable is bound at creation even if the name changes later
data = [1, 2, 3]
g = (x for x in data)
data = ["changed"]
print(list(g))

# a genexp in a class body sees only the first iterable in class scope
class C:
    items = [1, 2]
    factor = 3
    first = list(x for x in items)
    try:
        scaled = list(x * factor for x in items)
    except NameError as e:
        err = str(e)
print(C.first, C.err)

# genexp as the sole argument needs no parentheses
print(sum(x for x in range(5)), max(x % 3 for x in range(10)))
try:
    eval("sorted(x for x in [], 1)")
except SyntaxError as e:
    print("SyntaxError", e.msg)

# genexp with conditions and nested loops
print(list((x, y) for x in range(3) if x for y in range(x) if y != 1))
# genexp is an iterator over itself
g = (x for x in "ab")
print(iter(g) is g, next(g), next(iter(g)))
# genexp closing runs nothing
g = (print("never") for x in [1])
g.close()
print(list(g))
# nested generator expressions
print([list(inner) for inner in ((c for c in w) for w in ["hi", "yo"])])
# assignment expression in a genexp binds in the containing scope
def walrus():
    last = None
    any((last := x) > 2 for x in [1, 2, 3, 4])
    return last
print(walrus())

# annotated assignments: evaluation and __annotations__
x: int = 5
y: "forward"
z: list[int] = []
print(__annotations__, x, "y" in globals())
class C:
    a: int
    b: str = "b"
    c: "C" = None
    print("in class:", sorted(__annotations__))
print(C.__annotations__, C.b, hasattr(C, "a"))
# annotations in functions are not evaluated and not stored
def f():
    local: undefined_name = 1
    other: also_undefined
    return local
print(f(), f.__annotations__)
# the annotation expression is evaluated at module/class level
def ann(tag):
    print("evaluating annotation", tag)
    return tag
m1: ann("first") = ann("value")
class D:
    attr: ann("class attr")
# complex targets: annotation evaluated, target not stored into __annotations__
class Obj: pass
o = Obj()
o.field: ann("attribute target") = 1
lst = [0]
lst[0]: ann("subscript target") = 2
print(o.field, lst, "o.field" in __annotations__)
# parenthesized names are not "simple"
(p): int = 3
print("p" in __annotations__, p)
# annotation without value at module level does not bind
try:
    y
except NameError as e:
    print(type(e).__name__, e)
# __annotations__ can be replaced
__annotations__["manual"] = "added"
q: float = 1.0
print(list(__annotations__))

# matrix multiplication operator and less common operators on user classes
class M:
    def __init__(self, v): self.v = v
    def __matmul__(self, o): return f"{self.v}@{o.v if isinstance(o, M) else o}"
    def __rmatmul__(self, o): return f"{o}@r{self.v}"
    def __imatmul__(self, o):
        self.v = f"({self.v}@={o})"
        return self
    def __repr__(self): return f"M({self.v})"
a, b = M("a"), M("b")
print(a @ b, a @ 1, 1 @ a)
a @= "x"
print(a)
try:
    1 @ 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] @ [2]
except TypeError as e:
    print(type(e).__name__, e)
class Div:
    def __truediv__(self, o): return "truediv"
    def __floordiv__(self, o): return "floordiv"
    def __mod__(self, o): return "mod"
    def __divmod__(self, o): return ("divmod",)
    def __rdivmod__(self, o): return ("rdivmod",)
    def __lshift__(self, o): return "lshift"
    def __rrshift__(self, o): return "rrshift"
    def __and__(self, o): return "and"
    def __rxor__(self, o): return "rxor"
    def __ror__(self, o): return "ror"
d = Div()
print(d / 1, d // 1, d % 1, divmod(d, 1), divmod(1, d), d << 1, 1 >> d, d & 1, 1 ^ d, 1 | d)
for expr in ["1 / d if False else d >> 1", "d ^ 1", "d | 1", "1 & d", "1 << d"]:
    try:
        print(eval(expr))
    except TypeError as e:
        print(expr, "->", type(e).__name__, e)
# string % with a user object on the right: __rmod__ of a str subclass
class S(str):
    def __rmod__(self, other):
        return "S.__rmod__"
print("%s" % S("x"), "abc" % S("x") if False else "skip")
print(divmod(7, 2), divmod(-7, 2), divmod(7.5, 2), divmod(-7, -2))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)

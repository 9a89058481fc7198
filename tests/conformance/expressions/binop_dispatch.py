# binary operator dispatch: __op__, __rop__, NotImplemented, subclass reflected first
log = []
class A:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return self.name
    def __add__(self, other):
        log.append(f"{self}.__add__({other})")
        return NotImplemented
    def __radd__(self, other):
        log.append(f"{self}.__radd__({other})")
        return f"radd:{self}"
    def __sub__(self, other):
        log.append(f"{self}.__sub__({other})")
        return f"sub:{self}"
    def __rsub__(self, other):
        log.append(f"{self}.__rsub__({other})")
        return f"rsub:{self}"
class B(A):
    def __radd__(self, other):
        log.append(f"{self}.__radd__({other}) [B]")
        return f"B.radd:{self}"
    def __rsub__(self, other):
        log.append(f"{self}.__rsub__({other}) [B]")
        return NotImplemented
class C(A):
    pass
def run(expr, **ns):
    log.clear()
    try:
        r = eval(expr, globals(), ns)
    except TypeError as e:
        r = f"TypeError: {e}"
    print(expr, "->", r, log)
a, b, c = A("a"), B("b"), C("c")
run("a + a")
run("a + b")     # B overrides __radd__: reflected tried first
run("b + a")
run("a - b")     # B overrides __rsub__: tried first, NotImplemented, then a.__sub__
run("a + c")     # C does not override __radd__: left operand first
run("1 + a")
run("a + 1")
run("a - 1")
run("1 - a")
# the reflected method is not tried for the same type
class Same:
    def __add__(self, o):
        return NotImplemented
    def __radd__(self, o):
        return "never"
try:
    Same() + Same()
except TypeError as e:
    print(e)
# returning NotImplemented from both sides
class N:
    def __mul__(self, o): return NotImplemented
    def __rmul__(self, o): return NotImplemented
for expr in ["N() * 2", "2 * N()", "N() * N()", "'s' * N()"]:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "->", e)
# methods set to None block the operation
class NoAdd:
    __add__ = None
    __radd__ = None
try:
    NoAdd() + 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 + NoAdd()
except TypeError as e:
    print(type(e).__name__, e)
# instance attributes are not consulted, only the type
class Plain: pass
p = Plain()
p.__add__ = lambda o: "instance"
try:
    p + 1
except TypeError as e:
    print(type(e).__name__, e)
# all operators and their reflected forms
class All:
    def __init__(self, tag): self.tag = tag
for name in ["add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "divmod", "pow", "lshift", "rshift", "and", "xor", "or"]:
    setattr(All, f"__{name}__", (lambda n: lambda self, o: f"{n}({self.tag},{o})")(name))
    setattr(All, f"__r{name}__", (lambda n: lambda self, o: f"r{n}({o},{self.tag})")(name))
x = All("x")
print(x + 1, x - 1, x * 1, x @ 1, x / 1, x // 1, x % 1, divmod(x, 1), x ** 1, pow(x, 1), x << 1, x >> 1, x & 1, x ^ 1, x | 1)
print(1 + x, 1 - x, 1 * x, 1 @ x, 1 / x, 1 // x, 1 % x, divmod(1, x), 1 ** x, pow(1, x), 1 << x, 1 >> x, 1 & x, 1 ^ x, 1 | x)
# three-argument pow does not use __rpow__
try:
    pow(1, x, 5)
except TypeError as e:
    print(type(e).__name__, e)

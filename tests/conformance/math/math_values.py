# Values of the math functions on a grid of arguments (printed with repr: every bit shows).
import math

def show(name, f, args):
    out = []
    for a in args:
        try:
            out.append(repr(f(*a) if isinstance(a, tuple) else f(a)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__)
    print(name, " ".join(out))

grid = [0.1 * i for i in range(-50, 51)] + [1e-10, 1e-5, 0.5, 1.5, 2.5, 3.0, 10.0, 100.0, 123.456, 1e6, 1e10, 1e15, 1e20, 1e100, 1e300, -1e-10, -0.5, -3.0, -123.456, -1e20]
pos = [x for x in grid if x > 0]
unit = [x for x in grid if -1 <= x <= 1]
for name in ["sin", "cos", "tan", "atan", "sinh", "cosh", "tanh", "asinh", "exp", "expm1", "exp2", "erf", "erfc", "cbrt", "fabs", "degrees", "radians"]:
    show(name, getattr(math, name), grid)
for name in ["log", "log2", "log10", "sqrt", "log1p", "gamma", "lgamma"]:
    show(name, getattr(math, name), pos)
for name in ["asin", "acos", "atanh"]:
    show(name, getattr(math, name), unit)
show("acosh", math.acosh, [x for x in grid if x >= 1])
show("gamma neg", math.gamma, [-0.5, -1.5, -2.5, -10.1, -100.7, -170.3, -171.5, 0.001, 170.5, 171.6, 171.7])
show("lgamma neg", math.lgamma, [-0.5, -1.5, -2.5, -10.1, -100.7, -170.3, -1000.25, 1e-300, 1e300, 2.5e305])
pairs = [(a, b) for a in [0.5, 1.5, 2.0, 3.7, 10.0, 1e-5, 123.456] for b in [-3.5, -1.0, -0.5, 0.0, 0.1, 0.5, 1.0, 2.0, 2.5, 3.0, 10.0, 100.5]]
show("pow", math.pow, pairs)
show("**", lambda a, b: a ** b, pairs)
show("atan2", math.atan2, [(a, b) for a in [-2.5, -1.0, 0.3, 1.0, 7.0] for b in [-3.0, -0.2, 0.5, 1.0, 4.0]])
show("hypot", math.hypot, [(a, b) for a in [0.1, 1.0, 3.0, 1e-300, 1e300] for b in [0.2, 4.0, 1e10, 1e-310]])
show("hypot3", math.hypot, [(1.0, 2.0, 3.0), (0.1, 0.2, 0.3, 0.4), (1e200, 1e200, 1e200), tuple(range(20))])
show("dist", math.dist, [((0.1, 0.2), (1.5, -2.5)), ((1.0, 2.0, 3.0), (4.0, 5.0, 6.0))])
show("log base", math.log, [(8.0, 2.0), (100.0, 10.0), (2.0, 8.0), (10**50, 10), (5.5, 0.5), (1e-300, 1e300)])
show("fsum", math.fsum, [[0.1] * 10, [1e100, 1.0, -1e100, 1e-100], [0.1, 0.2, 0.3], [1.1, 2.2, 3.3, -6.6], [3.14 * i for i in range(100)]])
show("prod", math.prod, [[0.1] * 10, [1.5, 2.5, 3.5]])
# float ** int / float in ordinary arithmetic
print([1.1 ** i for i in range(-5, 30)])
print([2.0 ** (i / 7) for i in range(-20, 20)])
print([(i / 3) ** 0.37 for i in range(1, 30)])
print([(-2.0) ** i for i in range(-5, 6)])
print([10.0 ** i for i in range(-320, 300, 37)])
print(134217727.0 ** 2, 100000001.0 ** 2, 3.0 ** 35, 7.0 ** 19, 9007199254740993 ** 1.0)
print(complex(1, 2) ** 0.5, complex(-1, 0) ** 0.5, (1 + 1j) ** (2 + 3j), abs(3 + 4j), abs(1e300 + 1e300j))
print([math.sin(i) for i in range(0, 2000, 97)])
print([math.cos(float(f"1e{i}")) for i in range(0, 300, 23)])
print([math.exp(i / 10) for i in range(-100, 100, 7)])
print([math.log(i) for i in range(1, 200, 9)])

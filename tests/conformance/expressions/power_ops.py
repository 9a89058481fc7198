# ** and pow(): associativity, negative exponents, three arguments, reflected dispatch
print(2 ** 3 ** 2, (2 ** 3) ** 2, 2 ** -2, (-8) ** (1 / 3) if False else "skip", 0 ** 0, 0.0 ** 0, 10 ** 20, 2 ** 0.5)
print(pow(2, 10), pow(2, 10, 1000), pow(-2, 3, 5), pow(3, -1, 7), pow(2, 0, 1), pow(0, 0, 1))
print(type(2 ** -1).__name__, type(2 ** 2).__name__, type(4 ** 0.5).__name__, (-1) ** 0.5)
for args in [(2, 3, 0), (2, -1, 4), (2.0, 3, 5), (2, 3.0, 5), (2, 3, 5.0), ("2", 3, 5)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
for expr in ["0 ** -1", "0.0 ** -1", "(-1.0) ** 0.5", "10.0 ** 400", "2 ** 10000 > 0"]:
    try:
        print(expr, "->", eval(expr))
    except (ZeroDivisionError, OverflowError) as e:
        print(expr, "->", type(e).__name__, e)
class P:
    def __pow__(self, other, mod=None):
        return ("pow", other, mod)
    def __rpow__(self, other, mod=None):
        return ("rpow", other, mod)
    def __ipow__(self, other):
        return ("ipow", other)
p = P()
print(p ** 2, 2 ** p, pow(p, 3), pow(p, 3, 4), pow(3, p))
x = P()
x **= 5
print(x)
try:
    pow(3, p, 4)
except TypeError as e:
    print(type(e).__name__, e)
print(pow(base=2, exp=5), pow(2, exp=3, mod=5))

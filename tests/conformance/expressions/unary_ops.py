# unary operators: dispatch, results, errors
class U:
    def __neg__(self): return "neg"
    def __pos__(self): return "pos"
    def __invert__(self): return "inv"
    def __abs__(self): return "abs"
u = U()
print(-u, +u, ~u, abs(u))
print(-5, +5, ~5, -(-5), ~~5, --5, -+-5, not 5, not not 5)
print(-True, +False, ~True, -0.0, +(-0.0), -(0.0), abs(-0.0), -(1 + 2j), ~-1)
print(-2 ** 2, (-2) ** 2, -2 ** -1, 2 ** -1, not 1 == 2, -1 < 0)
for v in ["s", [1], None, {}, (1,), object()]:
    for op in ("-", "+", "~"):
        try:
            eval(op + "v")
        except TypeError as e:
            print(type(e).__name__, e)
    try:
        abs(v)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    ~1.5
except TypeError as e:
    print(type(e).__name__, e)
# returning NotImplemented from a unary method is just a value
class N:
    def __neg__(self): return NotImplemented
print(-N())
# __neg__ = None
class NoNeg:
    __neg__ = None
try:
    -NoNeg()
except TypeError as e:
    print(type(e).__name__, e)
# subclasses of int keep the operator results as int
class MyInt(int): pass
print(type(-MyInt(3)).__name__, type(+MyInt(3)).__name__, type(abs(MyInt(-3))).__name__, type(~MyInt(3)).__name__)
class MyFloat(float): pass
print(type(-MyFloat(1.5)).__name__, type(abs(MyFloat(-1.5))).__name__)
# bool results
print(type(not 0).__name__, type(-True).__name__, type(~False).__name__)

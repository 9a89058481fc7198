# __int__/__float__/__complex__/__index__/__round__/__trunc__ and their errors
class Num:
    def __init__(self, v): self.v = v
    def __int__(self): return self.v
    def __float__(self): return self.v
    def __complex__(self): return self.v
    def __index__(self): return self.v
for v in [3, 2.5, 1j, "x", True, 2 ** 70]:
    n = Num(v)
    for conv in (int, float, complex):
        try:
            print(conv.__name__, repr(v), "->", repr(conv(n)))
        except (TypeError, ValueError) as e:
            print(conv.__name__, repr(v), "->", type(e).__name__, e)
class OnlyIndex:
    def __index__(self): return 7
print(int(OnlyIndex()), float(OnlyIndex()), complex(OnlyIndex()), round(OnlyIndex()) if hasattr(OnlyIndex, "__round__") else "no round")
class OnlyFloat:
    def __float__(self): return 2.5
print(float(OnlyFloat()), complex(OnlyFloat()))
try:
    int(OnlyFloat())
except TypeError as e:
    print(type(e).__name__, e)
class Trunc:
    def __trunc__(self): return 9
print(int(Trunc()))
class Rounder:
    def __round__(self, n=None):
        return ("round", n)
print(round(Rounder()), round(Rounder(), 2), round(Rounder(), None))
try:
    round(object())
except TypeError as e:
    print(type(e).__name__, e)
import math
class FloorCeil:
    def __floor__(self): return "floor"
    def __ceil__(self): return "ceil"
print(math.floor(FloorCeil()), math.ceil(FloorCeil()), math.trunc(Trunc()))
# int() of strings and bases
for args in [("12",), (" 12 ",), ("1_000",), ("0x1f", 16), ("0x1f", 0), ("z", 36), ("12", 1), ("", 10), ("1.5",), ("١٢",)]:
    try:
        print(args, int(*args))
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
# float() and complex() of strings
for s in ["1.5", " -inf ", "nan", "1e3", "1_0.5", "abc", "1.5j"]:
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
for s in ["1+2j", "(3-4j)", "j", "1 + 2j", "abc"]:
    try:
        print(repr(s), complex(s))
    except ValueError as e:
        print(repr(s), type(e).__name__, e)
# bool() is a subclass conversion of int
print(int(True), float(False), complex(True), bool(0.0), bool(0j), bool(""), bool(" "))

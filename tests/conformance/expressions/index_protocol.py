# __index__: where it is used, and its errors
class I:
    def __init__(self, v): self.v = v
    def __index__(self):
        print("index", self.v)
        return self.v
lst = list(range(10))
print(lst[I(3)], lst[I(-1)], "abcdef"[I(2)], (1, 2, 3)[I(0)])
print(lst[I(1):I(4)], lst[::I(3)])
print([0] * I(3), I(2) * "ab", bytes(I(3)) if False else b"", bin(I(5)), hex(I(255)), oct(I(8)))
print(range(I(3)), list(range(I(1), I(7), I(2))), operator_index := __import__("operator").index(I(7)))
print(int.from_bytes(b"\x01", "big") << I(2) if False else "skip")
print(round(2.5, I(0)) if False else "skip2")
import math
print(math.comb(I(5), I(2)) if hasattr(math, "comb") else "nocomb")
print(chr(I(65)), "%x" % I(255), "%c" % I(66), format(I(10), "b") if False else "")
# __index__ returning non-int
class Bad:
    def __index__(self): return 1.5
class BadStr:
    def __index__(self): return "1"
class Sub(int): pass
class SubRet:
    def __index__(self): return Sub(2)
for obj in [Bad(), BadStr()]:
    try:
        lst[obj]
    except TypeError as e:
        print(type(e).__name__, e)
# objects without __index__
for key in [1.0, "1", None, [1]]:
    try:
        lst[key]
    except TypeError as e:
        print(type(e).__name__, e)
try:
    s3 = "abc"; s3[1.0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    t1 = (1,); t1[None]
except TypeError as e:
    print(type(e).__name__, e)
try:
    [1] * 2.0
except TypeError as e:
    print(type(e).__name__, e)
try:
    range(1.0)
except TypeError as e:
    print(type(e).__name__, e)
try:
    hex(1.0)
except TypeError as e:
    print(type(e).__name__, e)
# int() uses __index__ only as a fallback after __int__ (and __trunc__)
class Both:
    def __int__(self): return 1
    def __index__(self): return 2
print(int(Both()), [10, 20, 30][Both()], bin(Both()))
class OnlyIndex:
    def __index__(self): return 7
print(int(OnlyIndex()), float(OnlyIndex()) if False else "", complex(OnlyIndex()) if False else "")
# huge indices
try:
    lst[2**100]
except IndexError as e:
    print(type(e).__name__, e)
try:
    lst[I(2**100)]
except IndexError as e:
    print(type(e).__name__, e)
try:
    [0] * (2**100)
except OverflowError as e:
    print(type(e).__name__, e)
except MemoryError as e:
    print(type(e).__name__)
# bool is an index
print(lst[True], lst[False], "ab"[True])

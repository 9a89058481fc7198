# sequence concatenation and repetition semantics
print([1] * 3, [1] * 0, [1] * -2, "ab" * 2, b"x" * 3, (1,) * 2, 3 * "z", True * "t", [0] * False)
nested = [[]] * 3
nested[0].append(1)
print(nested, [[] for _ in range(3)])
class Idx:
    def __index__(self):
        return 2
print("ab" * Idx(), [1] * Idx(), Idx() * (0,))
for expr in ["'a' * 1.0", "[1] * '2'", "(1,) * None", "'a' * [2]", "[1] + (2,)", "(1,) + [2]", "'a' + 1", "b'a' + 'b'", "[1] + None", "'a' + b'b'"]:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "->", e)
print("a" + "b" + "c", [1] + [2] + [3], (1,) + () + (2,), b"a" + bytearray(b"b"), bytearray(b"a") + b"b", type(bytearray(b"a") + b"b").__name__)
# in-place forms keep list identity, rebind strings and tuples
l = [1]
alias = l
l *= 2
l += (3,)
print(l, alias is l)
s = "ab"
t = s
s *= 2
print(s, t)
tup = (1,)
tup += (2,)
print(tup)
try:
    l += 5
except TypeError as e:
    print(type(e).__name__, e)
# huge repetition fails cleanly
try:
    [0] * (2 ** 62)
except (MemoryError, OverflowError) as e:
    print(type(e).__name__)
try:
    "x" * (2 ** 100)
except OverflowError as e:
    print(type(e).__name__, e)
# repetition of user sequences via __mul__/__rmul__ and __index__ errors
class Bad:
    def __index__(self):
        return "no"
try:
    [1] * Bad()
except TypeError as e:
    print(type(e).__name__, e)
# slicing a repeated sequence
print(("abc" * 3)[::4], ([1, 2] * 3)[1::2])

# comparisons between builtin values
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), [1, 2] == [1, 2], [1, [2]] < [1, [3]], (1,) == [1], "a" < "b" < "ba")
print(1 == 1.0, 1 < 1.5, 2 ** 60 == float(2 ** 60), 2 ** 53 + 1 == float(2 ** 53 + 1), 10 ** 400 > 1e308, -10 ** 400 < -1e308)
nan = float("nan")
inf = float("inf")
print(nan == nan, nan != nan, nan < 1, nan > 1, inf > 10 ** 400, -inf < -10 ** 400, 1e308 * 10 == inf)
print({1: 2} == {1: 2.0}, {1, 2} == {2, 1}, {1, 2} < {1, 2, 3}, {1} <= {1}, frozenset([1]) == {1}, {1: 2} != {1: 3})
print(b"a" < b"b", b"a" == bytearray(b"a"), "a" == b"a", None == None, None is None, True == 1, False == 0.0)
print(1j == 1j, 1j == complex(0, 1), 1 + 0j == 1, range(0) == range(2, 2), range(3) == range(0, 3, 1), range(1, 5, 2) == range(1, 6, 2))
print([nan] == [nan], (nan,) == (nan,), [float("nan")] == [float("nan")], {nan: 1}[nan])
for a, b in [((1, "a"), (1, 2)), ([1], ["a"]), ({1}, {"a"}), ({}, {}), (None, 1), ("a", ["a"]), (1j, 1)]:
    for op in ("<", ">="):
        try:
            print(repr(a), op, repr(b), eval(f"a {op} b"))
        except TypeError as e:
            print(repr(a), op, repr(b), type(e).__name__, e)
# identity vs equality
a = [1]
b = [1]
print(a == b, a is b, a is not b, a != b)
# chained comparisons with mixed types
print(1 < 2.5 < 3 == 3.0, "a" < "b" != "c", (1, 2) == (1, 2) in [(1, 2)])
# sorting stability and mixed comparisons
data = [(2, "b"), (1, "z"), (2, "a"), (1, "y")]
print(sorted(data), sorted(data, key=lambda t: t[0]), min(data), max(data))
try:
    sorted([1, "a"])
except TypeError as e:
    print(type(e).__name__, e)

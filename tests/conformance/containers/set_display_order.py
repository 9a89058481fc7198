# The iteration order of set displays: CPython folds a display of more than two constants into a
# frozenset constant and merges it into a new set (BUILD_SET 0 + SET_UPDATE); other displays add
# their items one by one (BUILD_SET); starred items are merged with set.update.
print({5, 3, 1, 9, 17, 33})
print({1, 9, 17, 25, 33, 41, 49})
print({(1, 2), (3, 4), (1, 2, 3), ()})
print({-1, -2, -3, 100, 200})
print({1.5, 2.5, -0.5, 1.0, 2})
a, b, c, d, e, f = 5, 3, 1, 9, 17, 33
print({a, b, c, d, e, f})
s = set(range(0, 60, 5))
print({*s}, {*s, 1}, {1, *s}, {*[33, 17, 9, 1, 3, 5]}, {*s, *range(3)})
print({x for x in (5, 3, 1, 9, 17, 33)}, {x % 7 for x in range(50)})

def count(n, tag):
    try:
        for i in range(n):
            yield i
    finally:
        print("closed", tag)

print(list(count(3, "list")))
print(tuple(count(2, "tuple")))
print(sorted(count(4, "sorted"), reverse=True))
print(list(zip(count(3, "z1"), count(5, "z2"))))
print(list(map(lambda a, b: a + b, count(2, "m1"), count(3, "m2"))))
print(sum(count(5, "sum")), max(count(4, "max")), min(count(3, "min")))
print(dict(zip("abc", count(3, "dict"))))
print(set(count(3, "set")) == {0, 1, 2})
print(any(x > 1 for x in count(10, "any")))
print(all(x < 1 for x in count(10, "all")))
print(list(enumerate(count(2, "enum"), 1)))
print(list(filter(None, count(4, "filter"))))
print(list(reversed(list(count(3, "rev")))))
print("".join(str(x) for x in count(3, "join")))
a, b, *rest = count(5, "unpack")
print(a, b, rest)
x, y = count(2, "pair")
print(x, y)
try:
    p, q = count(3, "too many")
except ValueError as e:
    print(type(e).__name__, e)
print(3 in count(10, "contains"))
print(next(iter(count(5, "next"))))
print("after next")
it = iter(count(5, "iter"))
print(next(it), next(it))
del it
print("after del")
print(list(zip(count(2, "short"), "abcdef")))
try:
    list(zip(count(2, "strict"), "abc", strict=True))
except ValueError as e:
    print(type(e).__name__, e)
print([*count(2, "star"), *count(1, "star2")])
print(len(list(count(100, "big"))))

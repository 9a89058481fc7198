# dict and set comprehensions: duplicate keys, ordering, unhashable values, nested forms
print({k % 3: k for k in range(10)})
print({x: y for x, y in [("a", 1), ("b", 2), ("a", 3)]})
print(sorted({c for c in "mississippi"}), len({i % 5 for i in range(100)}))
try:
    {[i]: i for i in range(2)}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {[i] for i in range(2)}
except TypeError as e:
    print(type(e).__name__, e)
# equal keys of different types keep the first key object and the last value
print({k: str(k) for k in [1, 1.0, True]})
# comprehension over a dict iterates keys; items() for pairs
d = {"x": 1, "y": 2}
print([k for k in d], {v: k for k, v in d.items()}, {k: v * 10 for k, v in d.items() if v > 1})
# nested dict comprehension
print({i: {j: i * j for j in range(3)} for i in range(2)})
# conditional values
print({n: ("even" if n % 2 == 0 else "odd") for n in range(4)})
# the iteration variable of an outer comprehension is visible in the inner one
print([{(i, j) for j in range(i)} for i in range(3)])
# generator expressions feeding dict() and set()
print(dict((i, i * i) for i in range(4)), set(c.upper() for c in "abca") == {"A", "B", "C"})
# dict comprehension with a walrus in the value and a condition on it
print({k: w for k in range(6) if (w := k * k) % 2})

# for-loop targets of every form and iteration protocol details
class O: pass
o = O()
d = {}
lst = [0, 0, 0]
for o.attr in range(3):
    pass
print(o.attr)
for d["key"] in "abc":
    pass
print(d)
for i, lst[i] in enumerate("xyz"):
    pass
print(lst, i)
for (a, b), *rest in [((1, 2), 3, 4), ((5, 6),)]:
    print(a, b, rest)
for [x] in [[1], (2,), "3"]:
    print(x, end=" ")
print()
# the iterable is evaluated once, the iterator obtained once
class Iterable:
    def __iter__(self):
        print("__iter__ called")
        return iter([1, 2])
for v in Iterable():
    print("got", v)
# modifying a dict during iteration
dd = {1: 1}
try:
    for k in dd:
        dd[k + 1] = 1
except RuntimeError as e:
    print(type(e).__name__, e)
s = {1, 2}
try:
    for k in s:
        s.add(k + 10)
except RuntimeError as e:
    print(type(e).__name__, e)
# iterating a generator that raises StopIteration explicitly
def g():
    yield 1
    return
    yield 2
print([v for v in g()])
# nested loops with the same variable name
for i in range(2):
    for i in range(3):
        pass
    print("outer i after inner", i)
# loop over a string, bytes, dict views, range with step
print([c for c in "hé"], [b for b in b"ab"], list({"a": 1}.items()), list(range(10, 0, -3)))
# unpacking errors in the loop target keep the previous values
a = b = None
try:
    for a, b in [(1, 2), (3,)]:
        pass
except ValueError as e:
    print(type(e).__name__, e, a, b)

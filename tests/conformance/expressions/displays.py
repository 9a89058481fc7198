# list/tuple/set/dict displays with unpacking
a = [1, 2]
b = (3, 4)
print([*a, *b, 5], (*a, *b), (*a,), [*"xy", *range(3)], [*[], *()])
print({**{"x": 1}, "y": 2, **{"x": 3}}, {"a": 1, **{}}, {**dict(k=1)})
print(sorted({*a, *b, 1}), {*()}, type({*()}).__name__)
# later keys win, but the first key object is kept
print({1: "a", 1.0: "b", True: "c"}, {1.0: "a", 1: "b"})
print({**{1: "int"}, **{1.0: "float"}})
# evaluation order in dict displays: key, value, key, value
def v(x):
    print("eval", x)
    return x
d = {v("k1"): v("v1"), **v({"k2": 2}), v("k3"): v("v3")}
print(d)
l = [v(1), *v([2]), v(3)]
# dict display with an unhashable key
try:
    {[1]: 2}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {**{"a": 1}, **[1]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    [*1]
except TypeError as e:
    print(type(e).__name__, e)
try:
    {*[[]]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {**None}
except TypeError as e:
    print(type(e).__name__, e)
# keys() mapping in a dict display
class M:
    def keys(self):
        return iter(["a", "b"])
    def __getitem__(self, k):
        return k.upper()
print({**M(), "c": 0})
# tuples: parentheses and commas
t = 1,
print(t, (), (1), (1,), type(()).__name__)
print([
    1,
    2,
], {
    "x": 1,
})
# nested displays and identity of empty tuples
e1, e2 = (), ()
print([[]] * 2, [[] for _ in range(2)], e1 is e2, list() is list())
x = [[]] * 2
x[0].append(1)
print(x)
# large displays
print(len([*range(1000), *range(1000)]), sum({*range(100)}))
# unpacking a dict gives keys
print([*{"p": 1, "q": 2}], (*{"r": 1}.items(),))

a = b = 1
print(a, b)
x, y = 1, 2
print(x, y)
x, y = y, x
print(x, y)
(p, q), r = (1, 2), 3
print(p, q, r)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abc"
print(init, last)
a, *m, z = range(5)
print(a, m, z)
[u, v] = 7, 8
print(u, v)
n = 5
n += 3
n -= 1
n *= 2
n //= 3
n **= 2
n %= 7
print(n)
s = "ab"
s += "cd"
s *= 2
print(s)
lst = [1]
alias = lst
lst += [2]
print(alias)
t = (1,)
talias = t
t += (2,)
print(talias, t)
try:
    a, b = 1, 2, 3
except ValueError as e:
    print("ValueError:", e)
try:
    a, b, c = 1, 2
except ValueError as e:
    print("ValueError:", e)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
if (w := 10) > 5:
    print("walrus", w)
print([(y := i * 2) for i in range(3)], y)
del a
try:
    print(a)
except NameError as e:
    print("NameError:", e)
d = {}
d["k"] = 1
d["k"] += 1
print(d)
class O: pass
o = O()
o.attr = 1
o.attr += 41
print(o.attr)
del o.attr
print(hasattr(o, "attr"))

# chained assignment: the value is evaluated once, then targets are assigned left to right
log = []
class Rec:
    def __init__(self, name):
        self.name = name
    def __setitem__(self, k, v):
        log.append((self.name, "setitem", k, v))
    def __setattr__(self, k, v):
        log.append((self.name, "setattr", k, v))
def val():
    log.append("value")
    return 42
def key(k):
    log.append(("key", k))
    return k
a = Rec("a")
b = Rec("b")
a[key(1)] = b.x = a[key(2)] = val()
for entry in log:
    print(entry)
log.clear()
# a target list unpacked in a chain
x = [p, q] = y = (1, 2)
print(x, p, q, y)
# same name twice in a chain: the last assignment wins
z = z = 5
print(z)
# chain where a later target uses a name bound by an earlier one
i = lst = [0, 0, 0]
lst2 = [10, 20, 30]
i, lst2[i] = 1, 99
print(i, lst2)
# unpacking to subscripts that depend on each other
arr = [0, 1, 2]
j = 0
j, arr[j] = 2, "x"
print(j, arr)
# assignment to a tuple of attributes and subscripts from a generator
class O: pass
o = O()
d = {}
o.a, d["k"], *o.rest = (n * n for n in range(5))
print(o.a, d, o.rest)
# errors interrupt a chain after the earlier targets were bound
try:
    first = (second, third) = [1, 2, 3]
except ValueError as e:
    print(type(e).__name__, e, first)

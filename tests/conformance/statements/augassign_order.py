# augmented assignment evaluates the target's container and key once, in order
log = []
class Box:
    def __init__(self):
        self.data = {"k": 1, 0: [1, 2, 3, 4]}
    def __getitem__(self, k):
        log.append(("getitem", k))
        return self.data[k]
    def __setitem__(self, k, v):
        log.append(("setitem", k, v))
        self.data[k] = v
class Obj:
    def __init__(self):
        object.__setattr__(self, "v", 10)
    def __getattribute__(self, name):
        log.append(("getattr", name))
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        log.append(("setattr", name, value))
        object.__setattr__(self, name, value)
def get(x, tag):
    log.append(tag)
    return x
b = Box()
get(b, "container")[get("k", "key")] += get(5, "rhs")
print(log); log.clear()
o = Obj()
get(o, "object").v *= get(3, "rhs")
print(log, o.v); log.clear()
# slices: the slice object is built once, used for get and set
class S:
    def __init__(self):
        self.items = list(range(6))
    def __getitem__(self, k):
        log.append(("get", k))
        return self.items[k]
    def __setitem__(self, k, v):
        log.append(("set", k, v))
        self.items[k] = v
s = S()
s[get(1, "lo"):get(4, "hi")] += get([9], "rhs")
print(log, s.items); log.clear()
s[::2] *= 1
print(log); log.clear()
# mutable in-place: list += keeps identity, and the subscript is still re-assigned
lst = [[1]]
inner = lst[0]
lst[0] += [2]
print(lst, inner is lst[0])
# tuple element += raises after mutating the list in place
t = ([1],)
try:
    t[0] += [2]
except TypeError as e:
    print(type(e).__name__, e)
print(t)
# all augmented operators on ints
n = 100
for op in ["+=", "-=", "*=", "//=", "%=", "**=", ">>=", "<<=", "&=", "|=", "^=", "/="]:
    ns = {"n": 7}
    exec("n " + op + " 3", ns)
    print(op, ns["n"])
m = [1, 2]
m *= 2
print(m)
m[1:3] = []
print(m)

class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  del", self.name)
    def __repr__(self):
        return self.name

print("dict item replaced: old value released after the new one is stored")
class Probe(T):
    def __del__(self):
        print("  del", self.name, "- dict now", d)
d = {"k": Probe("old")}
d["k"] = "new"
print("swap via tuple assignment keeps both alive")
a, b = T("A"), T("B")
a, b = b, a
print("  swapped", a, b)
del a, b
print("augmented assignment on a custom object")
class Acc(T):
    def __add__(self, other):
        return Acc(self.name + "+")
x = Acc("x")
x += 1
print("  after +=")
x = x + 1
print("  after x = x + 1")
del x
print("list slice replacement")
l = [T("s0"), T("s1"), T("s2"), T("s3")]
l[1:3] = [T("n1")]
print("  after slice assignment", l)
l[:] = []
print("  cleared by slice")
print("list.sort key results are temporaries")
class Key(T):
    pass
items = [3, 1, 2]
items.sort(key=lambda v: (v, Key("key%d" % v))[0])
print("  sorted", items)
print("comprehension temporaries")
r = [T("c%d" % i).name for i in range(2)]
print("  result", r)
print("chained comparison middle operand")
class Cmp(T):
    def __lt__(self, other):
        return True
print("  chain:", Cmp("left") < Cmp("middle") < Cmp("right"))
print("default argument released with the function")
def make():
    def f(d=T("default")):
        return d
    return f
fn = make()
del fn
print("  after del fn")
print("exception argument")
try:
    raise ValueError(T("exc arg"))
except ValueError:
    pass
print("  after handler")
print("star-args tuple")
def star(*args):
    print("  in star, %d args" % len(args))
star(*[T("sa1"), T("sa2")])
print("  after star call")
print("end")

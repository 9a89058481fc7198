class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
a = T("a")
a = None
print("after rebinding")
b = T("b")
del b
print("after del")
def f():
    c = T("c")
    print("in f")
f()
print("after f")
lst = [T("l1"), T("l2")]
lst.pop()
print("after pop")
lst = None
print("after list")
T("temp")
print("after temporary")
d = {"k": T("dict value")}
d["k"] = 1
print("after overwrite")
class Holder:
    pass
h = Holder()
h.x = T("attr")
h.x = 2
print("after attr overwrite")
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
g = gen()
next(g)
g = None
print("after generator drop")
for x in gen():
    break
print("after break")
def raiser():
    t = T("frame local")
    raise ValueError
try:
    raiser()
except ValueError:
    print("in except")
print("after except")
class Resurrect:
    saved = []
    def __del__(self):
        print("resurrecting")
        Resurrect.saved.append(self)
r = Resurrect()
r = None
print(len(Resurrect.saved))
Resurrect.saved.clear()
print("cleared")
end = T("end of module")

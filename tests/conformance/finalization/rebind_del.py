class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  del", self.name)

print("x = None")
x = T("a")
x = None
print("del x")
x = T("b")
del x
print("rebinding")
x = T("c")
x = T("d")
print("rebinding to itself does not free")
x = x
print("aliasing")
y = x
del x
print("  still alive via y")
y = 0
print("chained assignment")
a = b = T("e")
a = 1
print("  one left")
b = 2
print("tuple unpacking rebinding")
p, q = T("p1"), T("q1")
p, q = T("p2"), T("q2")
print("  after unpack (old values freed in target order)")
del p, q
print("del of a list of names")
m, n = T("m"), T("n")
del n, m
print("augmented assignment")
class Acc(T):
    def __iadd__(self, other):
        return Acc(self.name + "+")
z = Acc("z")
z += 1
print("  after +=")
del z
print("global statement in function")
g = T("global")
def clear_global():
    global g
    g = None
    print("  in function after clear")
clear_global()
print("end")

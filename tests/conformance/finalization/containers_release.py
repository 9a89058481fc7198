class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  del", self.name)

def mk(prefix, n):
    return [T(prefix + str(i)) for i in range(n)]

print("list dealloc")
l = mk("l", 3)
del l
print("list.clear()")
l = mk("c", 3)
l.clear()
print("  cleared", l)
print("list.pop()")
l = mk("p", 3)
l.pop()
l.pop(0)
print("del l[i]")
l = mk("d", 4)
del l[1]
print("del l[slice]")
del l[0:2]
print("slice assignment")
l = mk("s", 4)
l[1:3] = [T("new")]
print("  after slice assignment", len(l))
print("item assignment")
l[0] = None
print("list.remove")
x = T("removed")
l.append(x)
del x
l.remove(l[-1])
print("l *= 0")
l = mk("m", 3)
l *= 0
print("reverse then dealloc")
l = mk("r", 3)
l.reverse()
l = None

print("tuple dealloc")
t = tuple(mk("t", 3))
del t

print("dict dealloc (values)")
d = {i: T("v%d" % i) for i in range(3)}
del d
print("dict.clear()")
d = {i: T("dv%d" % i) for i in range(3)}
d.clear()
print("dict.pop / popitem / del")
d = {i: T("dp%d" % i) for i in range(4)}
d.pop(0)
d.popitem()
del d[1]
print("dict overwrite")
d[2] = T("replacement")
print("dict keys and values")
class K(T):
    def __hash__(self): return sum(map(ord, self.name)) % 7
    def __eq__(self, o): return self is o
d = {K("key1"): T("val1"), K("key2"): T("val2")}
del d

print("set dealloc")
s = {K("s1"), K("s2")}
s = None
print("set.discard")
k = K("sk")
s = {k}
del k
s.pop()

print("nested containers")
n = [[T("inner1"), T("inner2")], (T("tuple1"),), {"k": T("dictv")}]
del n
print("end")

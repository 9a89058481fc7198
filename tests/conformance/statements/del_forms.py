# del of names, attributes, items and slices
x = 1
del x
try:
    x
except NameError as e:
    print(type(e).__name__, e)
try:
    del x
except NameError as e:
    print(type(e).__name__, e)
def local_del():
    y = 2
    del y
    try:
        return y
    except UnboundLocalError as e:
        print(type(e).__name__, e)
    try:
        del y
    except UnboundLocalError as e:
        print(type(e).__name__, e)
local_del()
def free_del():
    v = 1
    def inner():
        return v
    del v
    try:
        inner()
    except NameError as e:
        print(type(e).__name__, e)
free_del()
lst = list(range(10))
del lst[0]
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
del lst[:]
print(lst)
try:
    del lst[0]
except IndexError as e:
    print(type(e).__name__, e)
d = {"a": 1, "b": 2}
del d["a"]
try:
    del d["zz"]
except KeyError as e:
    print(type(e).__name__, e)
print(d)
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
s = "str"
try:
    del s[0]
except TypeError as e:
    print(type(e).__name__, e)
class C:
    cls_attr = 1
    def __init__(self):
        self.a = 1
c = C()
del c.a
try:
    del c.a
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del c.cls_attr
except AttributeError as e:
    print(type(e).__name__, e)
del C.cls_attr
print(hasattr(C, "cls_attr"))
# del of a tuple/list of targets, left to right
a, b, cc = 1, [1, 2, 3], {"k": 0}
del (a, b[0]), [cc["k"]]
print(b, cc)
try:
    a
except NameError as e:
    print(e)
# __delitem__ / __delattr__ hooks and their arguments
class Hook:
    def __delitem__(self, k):
        print("delitem", k)
    def __delattr__(self, n):
        print("delattr", n)
h = Hook()
del h[1:2], h[1, 2], h[...], h.attr
class NoDel:
    def __getitem__(self, k):
        return k
try:
    del NoDel()[0]
except AttributeError as e:
    print(type(e).__name__, e)
except TypeError as e:
    print(type(e).__name__, e)
# del in a loop body and of a loop variable
for i in range(3):
    pass
del i
print("i" in globals())
# del of a global from a function
g = 5
def delg():
    global g
    del g
delg()
print("g" in globals())

import sys
# freeing very deep structures must not overflow the (C or JS) stack
class Node:
    __slots__ = ("next",)
    def __init__(self, nxt):
        self.next = nxt

head = None
for i in range(100000):
    head = Node(head)
print("built node chain")
head = None
print("freed node chain")

l = []
for i in range(100000):
    l = [l]
print("built nested lists")
l = None
print("freed nested lists")

t = ()
for i in range(100000):
    t = (t,)
t = None
print("freed nested tuples")

d = {}
for i in range(100000):
    d = {"d": d}
d = None
print("freed nested dicts")

class Plain:
    pass
o = None
for i in range(100000):
    p = Plain()
    p.child = o
    o = p
p = o = None
print("freed instance chain")

# a chain whose objects have __del__: all finalizers run, outermost first
count = 0
class WithDel:
    def __init__(self, nxt):
        self.nxt = nxt
    def __del__(self):
        global count
        count += 1
c = None
for i in range(20000):
    c = WithDel(c)
c = None
print("finalizers run:", count)

# order of __del__ along a short chain
class Named:
    def __init__(self, name, nxt):
        self.name = name
        self.nxt = nxt
    def __del__(self):
        print("del", self.name)
n = Named("outer", Named("middle", Named("inner", None)))
n = None
print("end")

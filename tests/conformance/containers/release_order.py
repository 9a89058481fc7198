# The order in which containers release their items, observable through __del__
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)

print('-- list dealloc (last to first)')
l = [D('a'), D('b'), D('c')]
del l
print('-- list.clear (last to first, after emptying)')
l = [D('a'), D('b'), D('c')]
l.clear()
print('-- slice assignment (removed items released after the list is updated)')
class Peek:
    def __init__(self, name, lst):
        self.name = name
        self.lst = lst
    def __del__(self):
        print('del', self.name, 'list now', len(self.lst))
l = []
l.extend([Peek('x', l), Peek('y', l), Peek('z', l), 1])
l[0:2] = [7]
print(l[0], len(l))
del l[1]
l[:] = []
print('-- extended slice assignment and deletion')
l = [D(str(i)) for i in range(6)]
l[::2] = [1, 2, 3]
del l[::-2]
print(len(l))
l.clear()
print('-- pop and remove')
l = [D('p'), D('q'), D('r')]
x = l.pop(0)
print('popped', x.name)
del x
l.remove(l[0])
print('after remove')
del l
print('-- item assignment')
l = [D('old')]
l[0] = D('new')
print('assigned')
del l
print('-- tuple dealloc (last to first)')
t = (D('t1'), D('t2'))
del t
print('-- dict dealloc and clear (in insertion order, key then value)')
d = {'k1': D('v1'), 'k2': D('v2')}
del d
d = {D('key1'): 1, D('key2'): 2}
d.clear()
d = {1: D('a')}
d[1] = D('b')
print('replaced')
del d[1]
print('deleted')
d = {1: D('popped')}
v = d.pop(1)
print('popitem/pop keep the value alive')
del v
print('-- set clear (table order)')
s = {1, 2}
s.add(3)
del s
print('-- sort releases keys in sorted order')
l = [3, 1, 2]
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __del__(self):
        print('key del', self.v)
l.sort(key=K)
print(l)
print('-- list *= 0')
l = [D('m1'), D('m2')]
l *= 0
print('-- list.__init__ clears first')
l = [D('i1')]
l.__init__([5])
print(l)
print('-- iterator releases its sequence when exhausted')
it = iter([D('it')])
next(it)
print('next done')
for _ in it:
    pass
print('exhausted')
print('end')

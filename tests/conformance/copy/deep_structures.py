# deep recursion through copy.deepcopy and singledispatch stays within the interpreter (no native nesting)
import sys, copy, functools
sys.setrecursionlimit(20000)
@functools.singledispatch
def depth(x): return 0
@depth.register
def _(x: list): return 1 + max((depth(i) for i in x), default=0)
@depth.register
def _(x: tuple): return 1 + depth(x[0]) if x else 1
nested = []
for i in range(600): nested = (nested,)
print(depth(nested))
class Node:
    def __init__(self, nxt): self.nxt = nxt
n = None
for i in range(400): n = Node(n)
m = copy.deepcopy(n); c = 0
while m: m = m.nxt; c += 1
print(c)

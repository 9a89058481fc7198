from _check import check
l = [1]
l.append(l)
check("list", lambda: repr(l))
d = {"k": 1}
d["self"] = d
check("dict", lambda: repr(d))
check("dict values view", lambda: repr(d.values()))
check("dict items view", lambda: repr(d.items()))
t = ([],)
t[0].append(t)
check("tuple via list", lambda: repr(t))
nested = [[[]]]
nested[0][0].append(nested)
check("deep", lambda: repr(nested))
s = {1}
class Holder:
    def __init__(self):
        self.items = [self]
    def __repr__(self):
        return "Holder(%r)" % self.items
check("custom __repr__ recursion", lambda: repr(Holder()))
import collections
dq = collections.deque([1])
dq.append(dq)
check("deque", lambda: repr(dq))
od = collections.OrderedDict(a=1)
od["me"] = od
check("OrderedDict", lambda: repr(od))
check("str of recursive list", lambda: str(l))
check("ascii of recursive list", lambda: ascii(l))
check("format of recursive list", lambda: format(l))
check("f-string", lambda: f"{l!r}")
check("equal recursive lists", lambda: l == l)
a = [1]
b = [1]
a.append(b)
b.append(a)
check("mutual recursion repr", lambda: repr(a))
check("mutual recursion compare", lambda: a == b)

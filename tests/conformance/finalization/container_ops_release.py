from _exit_helper import T
print("dict.update overwrites release the old values in update order")
d = {"a": T("old a"), "b": T("old b")}
d.update({"b": T("new b"), "a": T("new a")})
print("  after update")
print("dict.setdefault does not replace")
d.setdefault("a", T("unused default"))
print("  after setdefault")
print("dict.popitem")
d.popitem()
print("  after popitem")
print("del d")
del d
print("list.insert / extend keep everything")
l = [T("l0")]
l.insert(0, T("inserted"))
l.extend([T("extended")])
print("  len", len(l))
print("list *= 0")
l *= 0
print("list slice deletion with step releases in index order")
l = [T("s%d" % i) for i in range(5)]
del l[::2]
print("  left", [t.name for t in l])
print("list.sort keeps the items")
l.sort(key=lambda t: t.name, reverse=True)
print("  sorted", [t.name for t in l])
print("list.copy then clear the original")
c = l.copy()
l.clear()
print("  copy alive", len(c))
c = None
print("tuple concatenation temporaries")
t = (T("t1"),) + (T("t2"),)
t = None
print("end")

from _exit_helper import T
def make(n):
    return [T("item%d" % i) for i in range(n)]
print("for loop: the loop variable keeps the last item")
for x in make(3):
    print("  visit", x.name)
print("  loop done")
del x
print("break keeps the current item and drops the list")
for x in make(3):
    if x.name == "item1":
        break
print("  after break", x.name)
del x
print("while loop rebinding")
i = 0
obj = None
while i < 2:
    obj = T("while%d" % i)
    i += 1
print("  after while")
obj = None
print("comprehension variable does not leak")
names = [y.name for y in make(2)]
print("  names", names)
print("nested loops")
for a in make(2):
    for b in [T("inner")]:
        pass
print("  nested done")
del a, b
print("for-else")
for z in make(1):
    pass
else:
    print("  else runs, z is", z.name)
del z
print("unpacking targets")
for p, q in [(T("p0"), T("q0")), (T("p1"), T("q1"))]:
    pass
print("  unpack done")
del p, q
print("end")

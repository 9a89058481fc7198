class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  del", self.name)
    def __add__(self, other):
        return T(self.name + "+" + other.name)
    def get(self):
        return self.name

print("expression statement result")
T("stmt")
print("method call on a temporary")
print("  value", T("tmp").get())
print("temporary in the middle of an expression")
r = (T("a") + T("b")).get()
print("  r =", r)
print("argument temporaries live until the call returns")
def show(o, p):
    print("  in show", o.name, p.name)
show(T("arg1"), T("arg2"))
print("attribute of a temporary")
n = T("attr").name
print("  got", n)
print("temporary in a comparison")
print("  equal:", T("cmp1").name == T("cmp2").name)
print("temporary in a conditional expression")
v = T("cond").name if T("test") else None
print("temporary in an f-string")
print(f"  {T('fstr').name}")
print("temporary list of objects")
print("  len", len([T("li1"), T("li2")]))
print("discarded return value of a function")
def make():
    return T("made")
make()
print("iteration over a temporary list")
for o in [T("it1"), T("it2")]:
    print("  loop", o.name)
print("  loop done, last item still bound to o")
del o
print("with statement on a temporary")
class CM(T):
    def __enter__(self):
        return self.name
    def __exit__(self, *a):
        print("  exit", self.name)
with CM("cm") as name:
    print("  body", name)
print("after with")
print("end")

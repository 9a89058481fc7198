from _exit_helper import T
class CM(T):
    def __enter__(self):
        print("  enter", self.name)
        return T("entered value of " + self.name)
    def __exit__(self, *exc):
        print("  exit", self.name)
        return False
print("the manager lives until __exit__ returns; the target stays bound")
with CM("cm1") as v:
    print("  body")
print("after with; v still bound")
del v
print("manager without a target")
with CM("cm2"):
    pass
print("after with")
print("exception in the body")
try:
    with CM("cm3") as v:
        raise ValueError
except ValueError:
    print("  caught")
del v
print("nested managers exit innermost first")
with CM("outer"), CM("inner"):
    print("  body")
print("end")

# __repr__/__str__/__format__ fallbacks and errors
class OnlyRepr:
    def __repr__(self): return "OnlyRepr()"
class OnlyStr:
    def __str__(self): return "only str"
class Neither: pass
for o in [OnlyRepr(), OnlyStr()]:
    print(repr(o) if not isinstance(o, OnlyStr) else "<default repr>", str(o), f"{o}", format(o), "%s" % o, [o] if isinstance(o, OnlyRepr) else "")
n = Neither()
print(repr(n) == object.__repr__(n), str(n) == repr(n), repr(n).startswith("<__main__.Neither object at 0x"))
# __format__ default: empty spec means str(), non-empty raises
print(format(OnlyStr(), ""))
try:
    format(OnlyStr(), "x")
except TypeError as e:
    print(type(e).__name__, e)
try:
    f"{Neither():>10}"
except TypeError as e:
    print(type(e).__name__, e)
# returning non-strings
class BadRepr:
    def __repr__(self): return 5
class BadStr:
    def __str__(self): return None
class BadFormat:
    def __format__(self, spec): return b"bytes"
for fn, obj in [(repr, BadRepr()), (str, BadStr()), (format, BadFormat()), (str, BadRepr())]:
    try:
        fn(obj)
    except TypeError as e:
        print(fn.__name__, type(e).__name__, e)
# str subclasses are accepted and returned as-is for repr? (converted for str())
class S(str): pass
class ReprSub:
    def __repr__(self): return S("sub")
print(repr(ReprSub()))
# containers use repr of items, print uses str
print([OnlyStr()] != [], str([OnlyRepr()]), str((OnlyRepr(),)), {1: OnlyRepr()})
# __repr__ raising inside a container repr
class Boom:
    def __repr__(self): raise ValueError("repr failed")
try:
    repr([1, Boom()])
except ValueError as e:
    print(type(e).__name__, e)
# recursive containers
l = [1]
l.append(l)
d = {}
d["self"] = d
print(l, d)
class Rec:
    def __repr__(self): return f"Rec({self.items!r})"
r = Rec()
r.items = [r] if False else [1]
print(r)
# format spec passed through, and format() with builtins
class Spec:
    def __format__(self, spec):
        return f"<spec={spec!r}>"
print(format(Spec(), "abc"), f"{Spec():{'x'}y}", "{:z}".format(Spec()), "{0!r:>5}".format(1))
print(format(3.14159, ".2f"), format(42, "08b"), format("s", "^5"), format(None), format(True, "d"))
try:
    format(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
# __str__ defined via __repr__ inheritance
class Base:
    def __repr__(self): return "Base-repr"
class Derived(Base):
    def __str__(self): return "Derived-str"
print(str(Base()), str(Derived()), repr(Derived()))
# str() of exceptions and types
print(str(ValueError("x")), repr(ValueError("x")), str(KeyError("k")), repr(KeyError("k")), str(int), repr(Neither))
print(str(ValueError()), repr(ValueError()), str(ValueError(1, 2)), repr(OSError(2, "No such")))

# user subclasses of str: construction, methods returning exact str, attributes, operators

class S(str):
    def __new__(cls, value, tag="t"):
        self = super().__new__(cls, value)
        self.tag = tag
        return self

class Plain(str):
    pass

class Upper(str):
    def __str__(self):
        return self.upper()
    def __repr__(self):
        return "Upper(" + super().__repr__() + ")"

s = S("Hello", "x")
print(type(s).__name__, s, repr(s), s.tag, len(s), s[1], s[1:3], s + "!", s * 2, s == "Hello", s != "x", hash(s) == hash("Hello"))
for r in [s.upper(), s.lower(), s.strip(), s.replace("l", "L"), s[:], s[0], s + "", "" + s, s * 1, s.center(9), s.format(), str(s), s.__str__(), s.join(["a", "b"])]:
    print(type(r).__name__, repr(r))
print(isinstance(s, str), issubclass(S, str), S.__mro__)
p = Plain("abc")
print(repr(p), str(p), type(str(p)).__name__, p.__getnewargs__(), type(p.__getnewargs__()[0]).__name__)
u = Upper("shout")
print(str(u), repr(u), "%s" % u if False else "", "{}".format(u), f"{u}", f"{u!r}", u + "x", list(u))
d = {Plain("k"): 1}
print(d["k"], "k" in d, Plain("k") in d)
print(Plain(b"raw", "ascii"), type(Plain(b"raw", "ascii")).__name__, Plain(), type(Plain()).__name__, Plain(5))
print(sorted([Plain("b"), "a", Plain("c")]), max(Plain("x"), "y"), Plain("ab") < "b")
p.attr = 5
print(p.attr, vars(p))
try:
    str.__new__(int)
except TypeError as e:
    print(e)
try:
    str.upper(5)
except TypeError as e:
    print(e)
print(str.upper(Plain("q")), str.__len__(Plain("qq")), str.__getitem__("abc", 1))
class S(str): pass
class A:
  def __str__(self): return S('x')
class B:
  def __str__(self): return 5
print(type(str(A())), str(A()), str(1.5), str(None), str([1]), str(S("q")), type(str(S("q"))))
try:
    str(B())
except TypeError as e:
    print(e)

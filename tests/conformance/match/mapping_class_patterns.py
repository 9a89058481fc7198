# mapping and class patterns
def mp(x):
    match x:
        case {"a": 1, "b": b}: return f"a=1 b={b}"
        case {"a": a, **rest}: return f"a={a} rest={rest}"
        case {}: return "any mapping"
    return "not a mapping"
for v in [{"a": 1, "b": 2, "c": 3}, {"a": 2, "z": 0}, {"q": 1}, {}, [("a", 1)], "a"]:
    print(v, "->", mp(v))
# mapping patterns use get() with a sentinel, not __getitem__; missing keys fail
from collections import defaultdict, OrderedDict
dd = defaultdict(int)
match dd:
    case {"missing": v}: print("defaultdict matched", v)
    case _: print("defaultdict: no match, keys", list(dd))
class M(dict):
    def get(self, k, default=None):
        print("get", k)
        return super().get(k, default)
    def __getitem__(self, k):
        print("getitem", k)
        return super().__getitem__(k)
match M(x=1):
    case {"x": 1}: print("custom get used")
match OrderedDict(b=2, a=1):
    case {"a": a, **rest}: print(a, rest, type(rest).__name__)
# duplicate keys and bad keys
for src in ["match x:\n case {'a': 1, 'a': 2}: pass", "match x:\n case {**rest, 'a': 1}: pass", "match x:\n case {'a': 1, **_}: pass",
            "match x:\n case {f(): 1}: pass"]:
    try:
        compile(src, "<case>", "exec")
        print("ok", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", e.msg)
try:
    a_key = "k"
    class K:
        k = "k"
    match {"k": 1}:
        case {K.k: 1, "k": 2}: pass
except ValueError as e:
    print(type(e).__name__, e)
# class patterns
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y): self.x, self.y = x, y
class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
def cp(p):
    match p:
        case Point3(x, y, z=0): return f"flat 3d {x} {y}"
        case Point(0, 0): return "origin"
        case Point(x=0, y=y): return f"y-axis {y}"
        case Point(x, y) if x == y: return f"diagonal {x}"
        case Point(): return "point"
        case int(i) | float(i): return f"number {i}"
        case str() | bytes(): return "text"
        case bool(b): return "never: int first"
    return "other"
for v in [Point3(1, 2, 0), Point(0, 0), Point(0, 5), Point(3, 3), Point(1, 2), 4, 4.5, True, "s", b"b", None]:
    print(cp(v))
# self-matching builtins take exactly one positional
match 5:
    case int(x): print("int capture", x)
match [1]:
    case list([y]): print("list of one", y)
try:
    match 5:
        case int(a, b): pass
except TypeError as e:
    print(type(e).__name__, e)
# errors
class NoArgs: pass
try:
    match NoArgs():
        case NoArgs(1): pass
except TypeError as e:
    print(type(e).__name__, e)
class TooFew:
    __match_args__ = ("a",)
try:
    match TooFew():
        case TooFew(1, 2): pass
except TypeError as e:
    print(type(e).__name__, e)
class BadArgs:
    __match_args__ = ["a"]
try:
    match BadArgs():
        case BadArgs(1): pass
except TypeError as e:
    print(type(e).__name__, e)
class BadArgItem:
    __match_args__ = (1,)
try:
    match BadArgItem():
        case BadArgItem(1): pass
except TypeError as e:
    print(type(e).__name__, e)
class Dup:
    __match_args__ = ("a",)
    a = 1
try:
    match Dup():
        case Dup(1, a=1): pass
except TypeError as e:
    print(type(e).__name__, e)
not_a_class = 5
try:
    match 5:
        case not_a_class(): pass
except TypeError as e:
    print(type(e).__name__, e)
# missing attribute: no match; attribute errors other than AttributeError propagate
class Prop:
    @property
    def boom(self): raise KeyError("boom")
match Point(1, 2):
    case Point(z=1): print("no z")
    case _: print("missing attribute means no match")
try:
    match Prop():
        case Prop(boom=1): pass
except KeyError as e:
    print(type(e).__name__, e)
# isinstance hooks apply
class Meta(type):
    def __instancecheck__(cls, o): return o == "fake"
class Fake(metaclass=Meta): pass
match "fake":
    case Fake(): print("instancecheck used")

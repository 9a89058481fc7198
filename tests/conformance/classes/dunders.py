class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        if not isinstance(o, V):
            return NotImplemented
        return V(self.x + o.x, self.y + o.y)
    def __radd__(self, o):
        if o == 0:
            return self
        return NotImplemented
    def __mul__(self, k):
        return V(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self):
        return V(-self.x, -self.y)
    def __eq__(self, o):
        return isinstance(o, V) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)
    def __bool__(self):
        return bool(self.x or self.y)
    def __repr__(self):
        return f"V({self.x}, {self.y})"
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __contains__(self, v):
        return v in (self.x, self.y)
    def __call__(self, z):
        return self.x + self.y + z
    def __iter__(self):
        yield self.x
        yield self.y
a, b = V(1, 2), V(3, 4)
print(a + b, a * 3, 3 * a, -a, sum([a, b]))
print(a == V(1, 2), a != b, a < b, b > a, bool(V(0, 0)))
print(len(a), a[0], a[-1], 2 in a, 5 in a, a(10), list(a), sorted([b, a]))
print({a: 1}[V(1, 2)], {a, V(1, 2)})
try:
    a + 1
except TypeError as e:
    print("TypeError:", e)
try:
    a < 1
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class Sub(V):
    def __radd__(self, o):
        return "Sub radd"
print(a + Sub(0, 0))
class Str:
    def __str__(self):
        return "str!"
    def __repr__(self):
        return "repr!"
    def __format__(self, spec):
        return "fmt:" + spec
s = Str()
print(s, str(s), repr(s), f"{s}", f"{s!r}", f"{s:xyz}", format(s, "q"))
class GetAttr:
    def __getattr__(self, name):
        return "dynamic " + name
g = GetAttr()
g.real = 1
print(g.real, g.anything)
class SetAttr:
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value)
    def __delattr__(self, name):
        print("del", name)
        super().__delattr__(name)
sa = SetAttr()
sa.x = 1
del sa.x
class Idx:
    def __index__(self):
        return 2
print([10, 20, 30][Idx()], "abc"[Idx()])
class Ctx:
    def __enter__(self):
        print("enter")
        return "value"
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None, v)
        return True
with Ctx() as v:
    print("body", v)
    raise ValueError("suppressed")
print("after with")
class Desc:
    def __get__(self, obj, owner):
        return ("get", obj is not None, owner.__name__)
    def __set__(self, obj, value):
        print("desc set", value)
class HasDesc:
    d = Desc()
h = HasDesc()
print(h.d, HasDesc.d)
h.d = 5
print(h.__dict__)

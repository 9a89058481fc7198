# Details of class creation and class attributes: sorted slot layout, __qualname__/__classcell__
# allowed in __slots__, type.__doc__ refusing deletion, module.__new__'s empty namespace,
# metaclass instances' __dict__ through a base's __dict__ descriptor.
import types

class G:
    __slots__ = ["a", "b"]

class H:
    __slots__ = ["b", "a"]

x = G()
x.a, x.b = 1, 2
x.__class__ = H
print(type(x).__name__, x.a, x.b, [k for k in H.__dict__ if k in "ab"], H.__slots__)
x.__class__ = G
print(type(x).__name__, x.a, x.b)

class Meta(type):
    def __new__(mcls, name, bases, namespace, attr):
        print(attr, attr in namespace)
        return super().__new__(mcls, name, bases, namespace)

class Base:
    def __init__(self):
        self.b = 42

class WithCell(Base, metaclass=Meta, attr="__classcell__"):
    __slots__ = ["__classcell__"]
    def __init__(self):
        super().__init__()

c = WithCell()
print(isinstance(WithCell.__dict__["__classcell__"], types.MemberDescriptorType), c.b, hasattr(c, "__classcell__"))
c.__classcell__ = 7
print(c.__classcell__)

class WithQualname(metaclass=Meta, attr="__qualname__"):
    __slots__ = ["__qualname__"]

q = WithQualname()
q.__qualname__ = "instance value"
print(WithQualname.__qualname__, q.__qualname__)

try:
    class Conflict:
        __slots__ = ["x"]
        x = 1
except ValueError as e:
    print("ValueError:", e)

class Doc:
    "elephant"

Doc.__doc__ = "banana"
for f in (lambda: type(Doc).__dict__["__doc__"].__delete__(Doc), lambda: delattr(Doc, "__doc__"),
          lambda: type(list).__dict__["__doc__"].__set__(list, "blah")):
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)
print(Doc.__doc__)

m = types.ModuleType.__new__(types.ModuleType)
print(repr(m), m.__dict__, hasattr(m, "__name__"))
m.foo = 1
print(m.__dict__)
try:
    m.bar
except AttributeError as e:
    print("AttributeError:", e)
m.__init__("named")
print(m.__name__, sorted(m.__dict__))

class Plain:
    pass

class Meta1(type, Plain):
    pass

class Meta2(Plain, type):
    pass

descr = Plain.__dict__["__dict__"]
for meta in (Meta1, Meta2):
    cls = meta("C", (), {"attr": 1})
    print(type(cls.__dict__).__name__, cls.__dict__["attr"], type(descr.__get__(cls)).__name__)
    for f in (lambda: setattr(cls, "__dict__", {}), lambda: descr.__set__(cls, {})):
        try:
            f()
        except AttributeError as e:
            print("AttributeError:", e)

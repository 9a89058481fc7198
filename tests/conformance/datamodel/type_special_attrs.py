# __abstractmethods__, __name__/__qualname__ from str subclasses, custom mro() layout checks,
# object.__setattr__/__delattr__ applied to classes.
class X:
    pass

for action in ("get", "del"):
    try:
        if action == "get":
            X.__abstractmethods__
        else:
            del X.__abstractmethods__
    except AttributeError as e:
        print(action, "AttributeError", e)
X.__abstractmethods__ = frozenset({"f"})
print(sorted(X.__abstractmethods__))
try:
    X()
except TypeError as e:
    print(e)
del X.__abstractmethods__
print(type(X()).__name__)
try:
    del X.__abstractmethods__
except AttributeError as e:
    print("again AttributeError", e)

class Meta(type):
    pass
for t in (type, Meta):
    try:
        t.__abstractmethods__
    except AttributeError as e:
        print(t.__name__, "AttributeError", e)

class S(str):
    pass

class Named:
    pass
Named.__name__ = S("Renamed")
Named.__qualname__ = S("Outer.Renamed")
print(Named.__name__, Named.__qualname__, type(Named.__name__).__name__ in ("str", "S"))
try:
    Named.__name__ = 5
except TypeError as e:
    print(e)

# mro() entries must be classes whose layout the new class's instances have
def custom_mro(extra):
    class M(type):
        def mro(cls):
            return [cls, extra, object]
    return M

for extra in (dict, int, 42, Named):
    try:
        class C(metaclass=custom_mro(extra)):
            pass
        print("created with", C.__mro__[1].__name__)
    except TypeError as e:
        print("TypeError:", e)

# Carlo Verre's hack: object's __setattr__/__delattr__ do not apply to classes
class Plain:
    pass

class SetMeta(type):
    def __setattr__(cls, key, value):
        object.__setattr__(cls, key, value)

class Base:
    pass

class Mixed(Base, SetMeta):
    pass

for f, args in ((object.__setattr__, (Plain, "x", 1)), (object.__delattr__, (str, "lower")),
                (object.__setattr__, (Mixed("D", (), {}), "x", 1))):
    try:
        f(*args)
    except TypeError as e:
        print("TypeError:", e)
p = Plain()
object.__setattr__(p, "x", 1)
object.__delattr__(p, "x")
print(hasattr(p, "x"))

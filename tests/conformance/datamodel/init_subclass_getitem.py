# __init_subclass__, __class_getitem__, __set_name__ ordering
log = []
class Plugin:
    registry = []
    def __init_subclass__(cls, /, name=None, **kwargs):
        log.append(("init_subclass", cls.__name__, name, kwargs))
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls)
class A(Plugin, name="alpha"): pass
class B(Plugin): pass
class C(A): pass
print(log, [c.plugin_name for c in Plugin.registry])
log.clear()
try:
    class D(Plugin, name="d", extra=1): pass
except TypeError as e:
    print(type(e).__name__, e)
# object.__init_subclass__ takes no keyword arguments
try:
    class E(object, x=1): pass
except TypeError as e:
    print(type(e).__name__, e)
# __init_subclass__ is called after __set_name__
class Field:
    def __set_name__(self, owner, name):
        log.append(("set_name", owner.__name__, name))
class Model:
    def __init_subclass__(cls):
        log.append(("init_subclass", cls.__name__))
class User(Model):
    name = Field()
print(log); log.clear()
# __init_subclass__ is implicitly a classmethod and is called on the parent, not the class itself
class Parent:
    def __init_subclass__(cls):
        log.append(("called for", cls.__name__))
print(log)
class Kid(Parent): pass
print(log); log.clear()
# __class_getitem__
class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item!r}]"
print(Box[int], Box["x"], Box[1, 2])
class SubBox(Box): pass
print(SubBox[str])
try:
    Box()[0]
except TypeError as e:
    print(type(e).__name__, e)
# __getitem__ on the metaclass wins over __class_getitem__
class MetaItem(type):
    def __getitem__(cls, item):
        return f"meta getitem {item}"
class Both(metaclass=MetaItem):
    def __class_getitem__(cls, item):
        return "class_getitem"
print(Both[1])
# builtin generics
print(list[int], dict[str, int], tuple[int, ...], type(list[int]).__name__)
print(list[int]([1, 2]), list[int].__origin__, list[int].__args__)
try:
    int[0]
except TypeError as e:
    print(type(e).__name__, e)
try:
    object()[0]
except TypeError as e:
    print(type(e).__name__, e)
class NoGetitem: pass
try:
    NoGetitem[0]
except TypeError as e:
    print(type(e).__name__, e)
# __class_getitem__ defined as a plain function is turned into a classmethod
class Plain2:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)
print(Plain2[0], type(Plain2.__dict__["__class_getitem__"]).__name__)

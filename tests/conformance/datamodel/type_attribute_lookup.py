# attribute lookup on classes: metaclass data descriptors, class dict (with descriptors), metaclass attributes
class MetaDesc:
    def __get__(self, cls, meta):
        return f"meta data descriptor for {cls.__name__}"
    def __set__(self, cls, value):
        print("meta descriptor set", value)
class MetaNonData:
    def __get__(self, cls, meta):
        return "meta non-data descriptor"
class Meta(type):
    data = MetaDesc()
    nondata = MetaNonData()
    plain = "meta plain"
    only_meta = "only on the metaclass"
    def meta_method(cls):
        return f"meta method of {cls.__name__}"
class C(metaclass=Meta):
    data = "class data"
    nondata = "class nondata"
    plain = "class plain"
print(C.data, C.nondata, C.plain, C.only_meta, C.meta_method())
C.data = "assigned"
print(C.data, C.__dict__["data"])
C.nondata = "assigned nondata"
print(C.nondata)
try:
    C().only_meta
except AttributeError as e:
    print(type(e).__name__, e)
# descriptors in the class dict are invoked with instance None
class Desc:
    def __get__(self, inst, owner):
        return ("Desc.__get__", inst, owner.__name__)
class D:
    d = Desc()
    @property
    def p(self):
        return "property value"
    @classmethod
    def cm(cls):
        return cls.__name__
    @staticmethod
    def sm():
        return "static"
print(D.d, type(D.p).__name__, D.cm(), D.sm(), D().d[1] is not None)
# class attribute lookup walks the MRO before the metaclass
class Base:
    x = "from Base"
class Derived(Base, metaclass=Meta):
    pass
print(Derived.x, Derived.plain)
# __getattr__ on the metaclass is the last resort for class attributes
class Fallback(type):
    def __getattr__(cls, name):
        return f"fallback {name}"
class E(metaclass=Fallback):
    real = "real"
print(E.real, E.missing, hasattr(E(), "missing"))
# type's own attributes
print(C.__name__, C.__qualname__, type(C).__name__, C.__class__ is Meta, Meta.__class__ is type)
try:
    C.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    del C.__name__
except TypeError as e:
    print(type(e).__name__, e)
try:
    int.new_attr = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    type.__dict__["__name__"].__set__(int, "x")
except TypeError as e:
    print(type(e).__name__, e)

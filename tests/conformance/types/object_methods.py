from _check import check
o = object()
check("type", lambda: type(o).__name__)
check("no dict", lambda: hasattr(o, "__dict__"))
check("setattr", lambda: setattr(o, "a", 1))
check("__eq__ self", lambda: o.__eq__(o))
check("__eq__ other", lambda: o.__eq__(object()))
check("__ne__", lambda: (o.__ne__(o), o.__ne__(1)))
check("__lt__", lambda: o.__lt__(o))
check("lt op", lambda: o < o)
check("__hash__ type", lambda: type(o.__hash__()).__name__)
check("__repr__ prefix", lambda: o.__repr__().startswith("<object object at 0x"))
check("__str__ is repr", lambda: str(o) == repr(o))
check("__format__ empty", lambda: format(o, "") == str(o))
check("__format__ spec", lambda: format(o, ">10"))
check("__sizeof__", lambda: type(o.__sizeof__()).__name__)
check("__dir__ sorted-ish", lambda: "__class__" in o.__dir__())
check("__class__", lambda: o.__class__)
check("__class__ assign", lambda: setattr(o, "__class__", int))
check("__reduce__", lambda: type(o.__reduce__()).__name__)
check("__reduce_ex__ 2", lambda: o.__reduce_ex__(2)[0].__name__)
check("__getstate__", lambda: o.__getstate__())
check("__init_subclass__", lambda: object.__init_subclass__())
check("__subclasshook__", lambda: object.__subclasshook__(int))
check("__new__ extra args", lambda: object.__new__(object, 1))
check("__init__ extra args", lambda: object.__init__(o, 1))
check("__new__ non-type", lambda: object.__new__(1))
check("__new__ builtin", lambda: object.__new__(int))
check("__getattribute__", lambda: o.__getattribute__("__class__"))
check("__getattribute__ missing", lambda: o.__getattribute__("nope"))
check("__getattribute__ non-str", lambda: o.__getattribute__(1))
check("__delattr__", lambda: o.__delattr__("x"))
check("object() kw", lambda: object(x=1))
class C:
    def __init__(self, a):
        self.a = a
c = C(1)
check("instance __getstate__", lambda: c.__getstate__())
check("instance __reduce_ex__", lambda: c.__reduce_ex__(2)[2])
check("__class__ assignment compatible", lambda: (setattr(c, "__class__", type("D", (), {"__init__": C.__init__})), type(c).__name__))
check("__class__ assignment incompatible", lambda: setattr(c, "__class__", int))
check("__class__ to non-type", lambda: setattr(c, "__class__", 5))
class WithNew:
    def __new__(cls, *args):
        return super().__new__(cls)
check("__new__ override extra ok", lambda: type(WithNew(1, 2)).__name__)
class WithInit:
    def __init__(self, *args):
        pass
check("__init__ override extra ok", lambda: type(WithInit(1)).__name__)
class Neither:
    pass
check("neither extra", lambda: Neither(1))
check("object.__eq__ NotImplemented", lambda: object.__eq__(1, 2))
check("object.__ne__ on equal ints", lambda: object.__ne__(1, 1))
check("object hash vs id", lambda: hash(o) == id(o) >> 4)
check("object __doc__", lambda: object.__doc__.splitlines()[0])
check("object __bases__", lambda: object.__bases__)
check("object __mro__", lambda: object.__mro__)

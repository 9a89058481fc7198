from _check import check
class A: pass
class B(A): pass
class C: pass
check("isinstance basic", lambda: isinstance(B(), A))
check("isinstance tuple", lambda: isinstance(1, (str, (float, int))))
check("isinstance empty tuple", lambda: isinstance(1, ()))
check("isinstance bool int", lambda: isinstance(True, int))
check("isinstance bad arg", lambda: isinstance(1, 1))
check("isinstance bad in tuple", lambda: isinstance(1, (str, 1)))
check("isinstance union", lambda: isinstance(1, int | str))
check("isinstance none type", lambda: isinstance(None, type(None)))
check("isinstance type of type", lambda: isinstance(int, type))
check("isinstance object", lambda: isinstance(int, object))
check("isinstance one arg", lambda: isinstance(1))
check("issubclass basic", lambda: issubclass(B, A))
check("issubclass self", lambda: issubclass(A, A))
check("issubclass tuple", lambda: issubclass(B, (C, A)))
check("issubclass non-class", lambda: issubclass(1, int))
check("issubclass bad second", lambda: issubclass(int, 1))
check("issubclass bool", lambda: issubclass(bool, int))
check("issubclass object", lambda: issubclass(type, object))
check("issubclass union", lambda: issubclass(bool, int | str))
check("isinstance generic alias", lambda: isinstance([], list[int]))
class Meta(type):
    def __instancecheck__(cls, inst):
        print("  instancecheck", type(inst).__name__)
        return inst == 42
    def __subclasscheck__(cls, sub):
        print("  subclasscheck", sub.__name__)
        return sub is int
class Any(metaclass=Meta):
    pass
check("__instancecheck__", lambda: isinstance(42, Any))
check("__instancecheck__ false", lambda: isinstance(41, Any))
check("__instancecheck__ exact type skips hook", lambda: isinstance(Any(), Any))
check("__subclasscheck__", lambda: issubclass(int, Any))
check("__subclasscheck__ self", lambda: issubclass(Any, Any))
class ClsAttr:
    __class__ = int
check("isinstance __class__ override", lambda: isinstance(ClsAttr(), int))
check("type of __class__ override", lambda: type(ClsAttr()).__name__)
class FakeBases:
    __bases__ = (A,)
check("issubclass with __bases__ object", lambda: issubclass(FakeBases(), A))
check("deep tuple", lambda: isinstance(1, (((((int,),),),),)))

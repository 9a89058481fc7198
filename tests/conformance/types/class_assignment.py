from _check import check
class A:
    pass
class B:
    pass
class Slotted:
    __slots__ = ("x",)
class Slotted2:
    __slots__ = ("x",)
class SlottedOther:
    __slots__ = ("y",)
class IntSub(int):
    pass
class IntSub2(int):
    pass
a = A()
check("plain to plain", lambda: (setattr(a, "__class__", B), type(a).__name__))
check("plain to slotted", lambda: setattr(A(), "__class__", Slotted))
check("slotted to same layout", lambda: (lambda o: (setattr(o, "__class__", Slotted2), type(o).__name__))(Slotted()))
check("slotted to different slots", lambda: setattr(Slotted(), "__class__", SlottedOther))
check("int subclass swap", lambda: (lambda o: (setattr(o, "__class__", IntSub2), type(o).__name__, o))(IntSub(3)))
check("int subclass to plain", lambda: setattr(IntSub(3), "__class__", A))
check("builtin instance", lambda: setattr(5, "__class__", IntSub))
check("to builtin type", lambda: setattr(A(), "__class__", int))
check("non-type", lambda: setattr(A(), "__class__", "A"))
check("delete __class__", lambda: delattr(A(), "__class__"))
check("module subclass", lambda: (lambda m: (setattr(m, "__class__", type("M", (type(check.__globals__["__builtins__"]) if False else type(__import__("sys")),), {})), type(m).__name__))(type(__import__("sys"))("m")))
class WithDel:
    def __del__(self):
        print("  WithDel.__del__ runs on the new class's method")
class Plain:
    pass
p = Plain()
p.__class__ = WithDel
del p
class Meth1:
    def who(self):
        return "Meth1"
class Meth2:
    def who(self):
        return "Meth2"
m = Meth1()
m.__class__ = Meth2
check("methods follow the new class", lambda: m.who())
check("isinstance after change", lambda: (isinstance(m, Meth2), isinstance(m, Meth1)))
check("dict kept", lambda: (setattr(m, "val", 1), setattr(m, "__class__", Meth1), m.val)[2])
class IntNoDict(int):
    __slots__ = ()
class IntNoDict2(int):
    __slots__ = ()
check("int subclasses without dict", lambda: (lambda o: (setattr(o, "__class__", IntNoDict2), type(o).__name__))(IntNoDict(1)))
class TupSub(tuple):
    pass
class TupSub2(tuple):
    pass
check("tuple subclasses with dict", lambda: setattr(TupSub(), "__class__", TupSub2))
class ListSub(list):
    pass
class ListSub2(list):
    pass
check("list subclasses", lambda: (lambda o: (setattr(o, "__class__", ListSub2), type(o).__name__))(ListSub()))
check("same class", lambda: (lambda o: (setattr(o, "__class__", IntSub), type(o).__name__))(IntSub(1)))

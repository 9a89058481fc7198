from _check import check
class C:
    def __init__(self):
        self._x = 0
    def getx(self):
        "get x doc"
        return self._x
    def setx(self, v):
        self._x = v
    def delx(self):
        print("  deleting")
        del self._x
    x = property(getx, setx, delx)
    ro = property(getx)
    @property
    def deco(self):
        """deco doc"""
        return "deco"
    @deco.setter
    def deco(self, v):
        print("  deco setter", v)
    @deco.deleter
    def deco(self):
        print("  deco deleter")
o = C()
check("get", lambda: o.x)
check("set", lambda: (setattr(o, "x", 5), o.x))
check("del", lambda: (delattr(o, "x"), hasattr(o, "_x")))
check("readonly set", lambda: setattr(o, "ro", 1))
check("readonly del", lambda: delattr(o, "ro"))
check("doc from getter", lambda: C.x.__doc__)
check("deco doc", lambda: C.deco.__doc__)
check("deco set", lambda: setattr(o, "deco", 3))
check("deco del", lambda: delattr(o, "deco"))
check("class access", lambda: type(C.x).__name__)
check("fget", lambda: C.x.fget.__name__)
check("fset", lambda: C.ro.fset)
check("setter returns new", lambda: C.deco.setter(None) is not C.deco)
check("explicit doc", lambda: property(doc="given").__doc__)
check("no getter", lambda: setattr(C, "nog", property()) or C().nog)
check("no getter name", lambda: getattr(C(), "nog"))
class Named:
    p = property(None, None)
check("unreadable named", lambda: Named().p)
check("unsettable named", lambda: setattr(Named(), "p", 1))
check("undeletable named", lambda: delattr(Named(), "p"))
check("property __get__ None", lambda: C.x.__get__(None, C) is C.x)
check("property __set__", lambda: (C.x.__set__(o, 9), o._x))
check("property call", lambda: property(lambda s: 1)())
check("property kw", lambda: property(fget=lambda s: "kw").__get__(1))
check("property bad kw", lambda: property(foo=1))
check("property too many", lambda: property(1, 2, 3, 4, 5))
check("non-callable getter", lambda: setattr(C, "bad", property(5)) or C().bad)
class Sub(property):
    pass
check("subclass doc", lambda: Sub(C.getx).__doc__)
check("subclass type", lambda: type(Sub(C.getx).setter(C.setx)).__name__)
check("getter raising AttributeError", lambda: setattr(C, "ae", property(lambda s: s.missing)) or C().ae)
class WithGetattr:
    def __getattr__(self, name):
        return "fallback " + name
    @property
    def p(self):
        raise AttributeError("from property")
check("property AttributeError falls back to __getattr__", lambda: WithGetattr().p)
check("isabstractmethod", lambda: C.x.__isabstractmethod__)
check("__set_name__", lambda: callable(C.x.__set_name__))

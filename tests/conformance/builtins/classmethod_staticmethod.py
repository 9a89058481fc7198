from _check import check
class C:
    @classmethod
    def cm(cls, *a):
        return (cls.__name__, a)
    @staticmethod
    def sm(*a):
        return a
class D(C):
    pass
check("cm via class", lambda: C.cm(1))
check("cm via instance", lambda: C().cm(2))
check("cm via subclass", lambda: D.cm())
check("sm via class", lambda: C.sm(1))
check("sm via instance", lambda: C().sm(2))
check("cm type", lambda: type(C.__dict__["cm"]).__name__)
check("sm type", lambda: type(C.__dict__["sm"]).__name__)
check("cm __func__", lambda: C.__dict__["cm"].__func__.__name__)
check("sm __func__", lambda: C.__dict__["sm"].__func__.__name__)
check("bound cm __self__", lambda: C.cm.__self__)
check("sm is function", lambda: type(C.sm).__name__)
check("sm callable directly", lambda: C.__dict__["sm"](3))
check("cm not callable directly", lambda: C.__dict__["cm"](3))
check("cm __get__", lambda: C.__dict__["cm"].__get__(None, D)())
check("cm __get__ instance", lambda: C.__dict__["cm"].__get__(D())())
check("sm __get__", lambda: C.__dict__["sm"].__get__(None, C)(4))
check("cm wraps", lambda: (C.__dict__["cm"].__name__, C.__dict__["cm"].__doc__, C.__dict__["cm"].__wrapped__.__name__))
check("sm wraps", lambda: (C.__dict__["sm"].__name__, C.__dict__["sm"].__qualname__))
check("cm no args", lambda: classmethod())
check("sm no args", lambda: staticmethod())
check("cm kw", lambda: classmethod(f=len))
check("cm of non-callable", lambda: classmethod(5))
check("cm of non-callable call", lambda: type("X", (), {"m": classmethod(5)}).m())
check("sm of non-callable", lambda: staticmethod(5))
check("sm of non-callable call", lambda: type("X", (), {"m": staticmethod(5)}).m())
check("cm of builtin", lambda: type("X", (), {"m": classmethod(repr)}).m())
check("sm of builtin", lambda: type("X", (), {"m": staticmethod(len)}).m("abc"))
check("cm chains property", lambda: type("X", (), {"p": classmethod(property(lambda c: c.__name__))}).p)
check("cm isabstract", lambda: C.__dict__["cm"].__isabstractmethod__)
check("sm repr", lambda: repr(staticmethod(len)).startswith("<staticmethod("))
check("cm repr", lambda: repr(classmethod(len)).startswith("<classmethod("))
class WithDict:
    @staticmethod
    def f():
        "docstring"
check("sm __doc__", lambda: WithDict.__dict__["f"].__doc__)
sm = staticmethod(len)
sm.attr = 1
check("sm __dict__", lambda: sorted(sm.__dict__))
check("bound cm equality", lambda: C.cm == C.cm)
check("bound cm identity", lambda: C.cm is C.cm)
check("bound cm of subclass", lambda: C.cm == D.cm)

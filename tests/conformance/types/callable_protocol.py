from _check import check
class C:
    def __call__(self, *a):
        return ("called", a)
c = C()
check("instance __call__", lambda: c(1, 2))
c.__call__ = lambda *a: "instance attribute"
check("instance attribute __call__ ignored", lambda: c(3))
check("explicit attribute call", lambda: c.__call__())
class NotCallable:
    pass
check("not callable", lambda: NotCallable()())
class CallNone:
    __call__ = None
check("__call__ None", lambda: CallNone()())
class Meta(type):
    def __call__(cls, *args):
        return ("Meta.__call__", cls.__name__, args)
class UsesMeta(metaclass=Meta):
    def __init__(self):
        print("  never")
check("metaclass __call__", lambda: UsesMeta(1))
check("callable() with metaclass", lambda: callable(UsesMeta))
class CallViaGetattr:
    def __getattr__(self, name):
        return lambda: "from __getattr__"
check("__call__ via __getattr__ is not used", lambda: CallViaGetattr()())
check("callable() of it", lambda: callable(CallViaGetattr()))
class CallDescriptor:
    class D:
        def __get__(self, obj, typ):
            return lambda *a: ("descriptor call", a)
    __call__ = D()
check("__call__ descriptor", lambda: CallDescriptor()(7))
class Recursive:
    def __init__(self, depth):
        self.depth = depth
    def __call__(self):
        return self.depth
check("bound method as callable", lambda: list(map(Recursive(2).__call__, [])))
check("staticmethod call on class", lambda: type("S", (), {"__call__": staticmethod(lambda: "static call")})()())
check("classmethod __call__", lambda: type("K", (), {"__call__": classmethod(lambda cls: cls.__name__)})()())
check("type() of callable instance", lambda: type(c).__name__)
check("calling a class with wrong args", lambda: NotCallable(1))
check("calling a builtin type with kwargs", lambda: int(x=1))
check("calling object()", lambda: object()(1))

# instance creation flow: type.__call__, __new__, __init__, inheritance of both
log = []
class Base:
    def __new__(cls, *args, **kwargs):
        log.append(("Base.__new__", cls.__name__, args, kwargs))
        return super().__new__(cls)
    def __init__(self, *args, **kwargs):
        log.append(("Base.__init__", type(self).__name__, args, kwargs))
class Child(Base):
    def __init__(self, a, b=2):
        log.append(("Child.__init__", a, b))
        super().__init__(a, b=b)
c = Child(1, b=3)
for entry in log:
    print(entry)
log.clear()
# __init__ called again explicitly
c.__init__(9)
print(log)
log.clear()
# __new__ returning an instance of a subclass still runs the subclass's __init__ through type.__call__
class Factory:
    def __new__(cls, kind):
        target = {"a": KindA, "b": KindB}.get(kind, cls)
        return super().__new__(target)
    def __init__(self, kind):
        self.kind = kind
        log.append((type(self).__name__, "init", kind))
class KindA(Factory): pass
class KindB(Factory): pass
print(type(Factory("a")).__name__, type(Factory("b")).__name__, type(Factory("z")).__name__, log)
log.clear()
# __new__ returning an instance of an unrelated class: __init__ is skipped
class Unrelated:
    def __init__(self):
        log.append("Unrelated.__init__")
class Returner:
    def __new__(cls):
        return Unrelated.__new__(Unrelated)
    def __init__(self):
        log.append("Returner.__init__")
print(type(Returner()).__name__, log)
# object.__new__ with extra arguments when __new__ is not overridden but __init__ is
class OnlyInit:
    def __init__(self, x):
        self.x = x
print(OnlyInit(5).x)
# the metaclass __call__ controls everything
class Meta(type):
    def __call__(cls, *args):
        log.append(("Meta.__call__", args))
        return "not an instance"
class Controlled(metaclass=Meta):
    def __init__(self):
        log.append("never")
print(Controlled(1, 2), log[-1])
# instances of classes with __slots__ and __dict__ absent
class Slotted:
    __slots__ = ("a",)
    def __init__(self):
        self.a = 1
s = Slotted()
print(s.a, hasattr(s, "__dict__"))
# creating instances via object.__new__ skips __init__
raw = object.__new__(Child)
print(type(raw).__name__, vars(raw))

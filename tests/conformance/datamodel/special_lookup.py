# implicit special-method lookups go to the type, bypassing __getattribute__ and instance attributes
log = []
class Meta(type):
    def __getattribute__(cls, name):
        log.append(("meta getattribute", name))
        return super().__getattribute__(name)
class C(metaclass=Meta):
    def __getattribute__(self, name):
        log.append(("getattribute", name))
        return object.__getattribute__(self, name)
    def __len__(self):
        return 3
    def __repr__(self):
        return "C()"
    def __eq__(self, o):
        return True
    __hash__ = object.__hash__
    def __iter__(self):
        return iter([1])
    def __contains__(self, x):
        return True
    def __call__(self):
        return "called"
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False
c = C()
log.clear()
len(c); repr(c); c == 1; hash(c); list(c); 1 in c; c(); str(c); bool(c); f"{c!r}"
with c:
    pass
print(log)
log.clear()
c.__len__()
print(log)
# instance attributes named like special methods are ignored by the implicit lookups
class Plain:
    pass
p = Plain()
p.__len__ = lambda: 5
p.__repr__ = lambda: "instance repr"
p.__call__ = lambda: "instance call"
print(p.__len__(), repr(p).startswith("<__main__.Plain object"), callable(p))
try:
    len(p)
except TypeError as e:
    print(type(e).__name__, e)
# assigning a special method on the class takes effect immediately
Plain.__len__ = lambda self: 7
print(len(p))
del Plain.__len__
try:
    len(p)
except TypeError as e:
    print(type(e).__name__, e)
# special methods defined as non-function callables
class CallableAttr:
    def __init__(self, r): self.r = r
    def __call__(self, obj): return self.r
class UsesCallable:
    __len__ = CallableAttr(11)
try:
    print(len(UsesCallable()))
except TypeError as e:
    print(type(e).__name__, e)
class UsesStatic:
    __len__ = staticmethod(lambda: 12)
print(len(UsesStatic()))
class UsesClassmethod:
    @classmethod
    def __len__(cls):
        return 13
print(len(UsesClassmethod()))
# __getattr__ on the metaclass does not provide special methods for the class
class AutoMeta(type):
    def __getattr__(cls, name):
        return lambda *a: "from meta getattr"
class Auto(metaclass=AutoMeta):
    pass
print(Auto.anything())
try:
    len(Auto())
except TypeError as e:
    print(type(e).__name__, e)

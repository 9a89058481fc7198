# isinstance() with a class-like second argument (not a type, but with a __bases__ tuple):
# the instance's __class__ is searched for it through __bases__; errors other than
# AttributeError from __bases__ propagate.
class AbstractClass(object):
    def __init__(self, bases): self.bases = bases
    __bases__ = property(lambda self: self.bases)
    def __call__(self): return AbstractInstance(self)
class AbstractInstance(object):
    def __init__(self, klass): self.klass = klass
    __class__ = property(lambda self: self.klass)
ASuper = AbstractClass(bases=())
AChild = AbstractClass(bases=(ASuper,))
class Super: pass
class Child(Super): pass
print(isinstance(Super(), ASuper), isinstance(AChild(), ASuper), isinstance(ASuper(), AChild), isinstance(AChild(), Super))
class NoBases: pass
try: isinstance(1, NoBases())
except TypeError as e: print(e)
class C:
    __bases__ = property(lambda self: 1/0)
try: isinstance(1, C())
except ZeroDivisionError as e: print("ZDE", e)
class D:
    __bases__ = ()
class I:
    __class__ = property(lambda self: None)
print(isinstance(I(), D()))
class E:
    __bases__ = property(lambda self: 1/0)
class J:
    __class__ = property(lambda self: E())
try: isinstance(J(), D())
except ZeroDivisionError as e: print("ZDE2", e)

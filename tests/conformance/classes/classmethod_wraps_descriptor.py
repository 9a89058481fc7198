# classmethod around another descriptor binds it with the class as both instance and owner
# (cm_descr_get), so classmethod(classmethod(f)) and wrappers defining __get__ see the class.
from types import MethodType

class Wrapper:
    def __init__(self, func):
        self.func = func
    def __get__(self, instance, owner=None):
        print("Wrapper.__get__", getattr(instance, "__name__", instance), getattr(owner, "__name__", owner))
        return MethodType(self.func, instance)

class A:
    @classmethod
    @classmethod
    def twice(cls):
        return cls.__name__

    @classmethod
    @Wrapper
    def wrapped(first):
        return first.__name__

print(A.twice(), A().twice())
print(A.wrapped(), A().wrapped())

class B(A):
    pass

print(B.twice(), B.wrapped())
print(classmethod(classmethod(lambda c: c.__name__)).__get__(None, B)())
print(classmethod(classmethod(lambda c: c.__name__)).__get__(B())())

# type.__call__ gets __new__ as an attribute of the class (slot_tp_new), binding descriptors:
# a classmethod __new__ receives the class twice.
class C:
    @classmethod
    def __new__(*args):
        return args

print(C(1, 2) == (C, C, 1, 2))

class D(C):
    pass

print(D(1, 2) == (D, D, 1, 2))

class S:
    @staticmethod
    def __new__(*args):
        return args

print(S(1) == (S, 1))

class Later:
    pass

Later.__new__ = lambda *args: args  # a plain function set after class creation
print(Later(5) == (Later, 5))

class Desc:
    def __get__(self, obj, owner):
        return lambda *args: ("bound by Desc", obj, owner is Custom, args[1:])

class Custom:
    __new__ = Desc()

print(Custom(7))

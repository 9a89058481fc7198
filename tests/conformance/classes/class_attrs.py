# class attributes vs instance attributes
class C:
    shared = []
    count = 0
    def __init__(self):
        C.count += 1
        self.own = []
a, b = C(), C()
a.shared.append(1)
a.own.append(1)
print(b.shared, b.own, C.count, a.count)
a.count = 100
print(a.count, b.count, C.count, "count" in vars(a))
del a.count
print(a.count)
# assigning to a class attribute through the class updates all instances that do not shadow it
C.shared = "replaced"
print(a.shared, b.shared)
# class attribute lookup follows the MRO
class Base:
    attr = "base"
class Mid(Base):
    pass
class Leaf(Mid):
    pass
print(Leaf.attr, Leaf().attr)
Mid.attr = "mid"
print(Leaf.attr)
del Mid.attr
print(Leaf.attr)
# deleting a class attribute through an instance is an error
try:
    del Leaf().attr
except AttributeError as e:
    print(type(e).__name__, e)
# class attributes that are functions become methods; other callables do not
class Funcs:
    f = lambda self: "method"
    g = len
    h = staticmethod(lambda: "static")
print(Funcs().f(), Funcs().g([1, 2]), Funcs().h())
# name mangling for private attributes
class Private:
    __secret = "hidden"
    def reveal(self):
        return self.__secret
    def set(self, v):
        self.__value = v
p = Private()
p.set(5)
print(p.reveal(), p._Private__secret, vars(p))
try:
    p.__secret
except AttributeError as e:
    print(type(e).__name__, e)
class Sub(Private):
    def peek(self):
        try:
            return self.__secret
        except AttributeError as e:
            return f"{type(e).__name__}: {e}"
print(Sub().peek())
# __dict__ of classes vs instances; class attributes are not in the instance dict
print(sorted(k for k in vars(C) if not k.startswith("__")), vars(b))

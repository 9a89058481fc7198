# dir(), __dir__, vars(), __dict__ of classes and instances
class Base:
    base_attr = 1
    def base_method(self): pass
class Child(Base):
    child_attr = 2
    def __init__(self):
        self.inst = 3
c = Child()
names = dir(c)
print([n for n in names if not n.startswith("__")], names == sorted(names), "__class__" in names, "__init__" in names)
print([n for n in dir(Child) if not n.startswith("__")])
print(vars(c), sorted(k for k in vars(Child) if not k.startswith("__")), type(vars(Child)).__name__)
class CustomDir:
    def __dir__(self):
        return ["z", "a", "m"]
print(dir(CustomDir()))
class BadDir:
    def __dir__(self):
        return 5
try:
    dir(BadDir())
except TypeError as e:
    print(type(e).__name__, e)
class TupleDir:
    def __dir__(self):
        return ("b", "a")
print(dir(TupleDir()))
print([n for n in dir(5) if not n.startswith("_")][:8])
print("append" in dir([]), "keys" in dir({}), "__len__" in dir(""))
def f(): pass
f.attr = 1
print("attr" in dir(f), vars(f))
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    vars(c, c)
except TypeError as e:
    print(type(e).__name__, e)
# class __dict__ is a read-only mappingproxy
try:
    Child.__dict__["new"] = 1
except TypeError as e:
    print(type(e).__name__, e)
print(Child.__dict__["child_attr"], "base_attr" in Child.__dict__, len([k for k in Child.__dict__ if not k.startswith("__")]))
# dir() without arguments lists the local scope
def local_scope():
    b = 1
    a = 2
    return dir()
print(local_scope())

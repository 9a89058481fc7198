# __class__ cell and zero-argument super()
class A:
    def who(self):
        return "A"
    @classmethod
    def cwho(cls):
        return f"A.cwho({cls.__name__})"
    @staticmethod
    def swho():
        return "A.swho"
class B(A):
    def who(self):
        return "B>" + super().who()
    def cls_cell(self):
        return __class__
    @classmethod
    def cwho(cls):
        return "B>" + super().cwho()
    def nested(self):
        def inner():
            return super(B, self).who()
        return inner()
    def nested_zero_arg(self):
        def inner():
            return super().who()
        try:
            return inner()
        except RuntimeError as e:
            return f"RuntimeError: {e}"
    def lambda_super(self):
        return (lambda: super().who())()
    def comp_super(self):
        return [super().who() for _ in range(1)]
    def gen_super(self):
        return list(super().who() for _ in range(1))
    @staticmethod
    def static_super():
        try:
            return super().who()
        except RuntimeError as e:
            return f"RuntimeError: {e}"
b = B()
print(b.who(), b.cls_cell(), B.cwho(), b.nested(), b.nested_zero_arg())
print(b.lambda_super(), b.comp_super(), b.gen_super(), B.static_super())
# the cell refers to the class being defined, even when called through a subclass
class C(B):
    def who(self):
        return "C>" + super().who()
print(C().who(), C().cls_cell())
# super() with the first argument reassigned
class D(A):
    def who(self):
        self = 5
        try:
            return super().who()
        except TypeError as e:
            return f"TypeError: {e}"
print(D().who())
# super() in a function without arguments
class E(A):
    def noargs():
        try:
            return super().who()
        except RuntimeError as e:
            return f"RuntimeError: {e}"
print(E.noargs())
# super outside a class
def outside(self):
    try:
        return super().who()
    except RuntimeError as e:
        return f"RuntimeError: {e}"
print(outside(1))
# methods defined outside and attached later have no __class__ cell
def late(self):
    return super(F, self).who()
class F(A):
    pass
F.late = late
print(F().late())
# __class__ is a cell even when only referenced by name
class G:
    def f(self):
        return __class__.__name__
    print("__class__" in f.__code__.co_freevars)
print(G().f())
# super() with *args parameter
class H(A):
    def who(*args):
        return "H>" + super().who()
print(H().who())
# super in __init_subclass__ and __new__
class Base:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        cls.tag = kw.get("tag", "none")
    def __new__(cls, *a):
        inst = super().__new__(cls)
        inst.args = a
        return inst
class Derived(Base, tag="t1"):
    pass
print(Derived.tag, Derived(1, 2).args)
# assigning __class__ in the class body
class WithClassVar:
    def get(self):
        return __class__
print(WithClassVar().get() is WithClassVar)
# __class__ cell and metaclass: __classcell__ must be propagated
class Meta(type):
    def __new__(mcls, name, bases, ns):
        print("has __classcell__:", "__classcell__" in ns)
        return super().__new__(mcls, name, bases, ns)
class M(metaclass=Meta):
    def f(self):
        return __class__
print(M().f() is M)
class BadMeta(type):
    def __new__(mcls, name, bases, ns):
        ns.pop("__classcell__", None)
        return super().__new__(mcls, name, bases, ns)
try:
    class N(metaclass=BadMeta):
        def f(self):
            return __class__
    print(N().f())
except (RuntimeError, NameError) as e:
    print(type(e).__name__, e)

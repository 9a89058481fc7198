from _check import check
class A:
    def who(self):
        return "A"
    @classmethod
    def cm(cls):
        return "A.cm " + cls.__name__
    @staticmethod
    def sm():
        return "A.sm"
    @property
    def prop(self):
        return "A.prop"
class B(A):
    def who(self):
        return "B>" + super().who()
    @classmethod
    def cm(cls):
        return "B>" + super().cm()
    def sm_via_super(self):
        return super().sm()
    @property
    def prop(self):
        return "B>" + super().prop
class C(B):
    def who(self):
        return "C>" + super().who()
    def explicit(self):
        return super(B, self).who()
check("chain", lambda: C().who())
check("classmethod", lambda: C.cm())
check("staticmethod via super", lambda: C().sm_via_super())
check("property via super", lambda: C().prop)
check("explicit two-arg", lambda: C().explicit())
check("super repr", lambda: repr(super(B, C())).split(" at ")[0])
check("super unbound repr", lambda: repr(super(B)))
check("super type", lambda: type(super(B, C())).__name__)
check("super thisclass", lambda: super(B, C()).__thisclass__)
check("super self", lambda: type(super(B, C()).__self__).__name__)
check("super self_class", lambda: super(B, C()).__self_class__)
check("super with type second", lambda: super(B, C).cm())
check("super not instance", lambda: super(B, 1))
check("super not type first", lambda: super(1, C()))
check("super no args outside", lambda: super())
check("super missing attr", lambda: super(C, C()).nope)
check("super setattr", lambda: setattr(super(C, C()), "x", 1))
def outside():
    return super().who()
check("super in plain function", outside)
class D(A):
    def m(self):
        def inner():
            return super().who()
        return inner()
check("super in nested function", lambda: D().m())
class E(A):
    def m(self):
        return [super().who() for _ in range(1)]
check("super in comprehension", lambda: E().m())
class F(A):
    def m(*args):
        return super().who()
check("super with *args", lambda: F().m())
class G(A):
    def m(self):
        del self
        return super().who()
check("super after del self", lambda: G().m())
class H(A):
    def m(self):
        self = 5
        return super().who()
check("super with rebound self", lambda: H().m())
class Dunder(A):
    def __repr__(self):
        return "Dunder>" + super().__repr__()[:9]
check("super dunder", lambda: repr(Dunder()))
class Init:
    def __init__(self):
        print("  Init.__init__")
class Init2(Init):
    def __init__(self):
        super().__init__()
        print("  Init2.__init__")
check("super __init__", lambda: type(Init2()).__name__)
class Left(A):
    def who(self):
        return "Left>" + super().who()
class Right(A):
    def who(self):
        return "Right>" + super().who()
class Diamond(Left, Right):
    def who(self):
        return "Diamond>" + super().who()
check("diamond mro", lambda: Diamond().who())
check("diamond __mro__", lambda: [k.__name__ for k in Diamond.__mro__])
check("super get descriptor", lambda: super(B).__get__(C()).who())
check("__class__ cell", lambda: C().who.__func__.__code__.co_freevars)

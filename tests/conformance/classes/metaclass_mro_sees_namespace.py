# A metaclass's mro() runs once the class namespace is in place and the __class__ cell is
# filled: it can call methods from the class dict that use __class__.

def demo():
    seen = None

    class Meta(type):
        def mro(cls):
            names = sorted(k for k in cls.__dict__ if not k.startswith("__"))
            print("mro() sees", names, "__module__" in cls.__dict__, "__qualname__" in cls.__dict__)
            print("helper ->", cls.__dict__["helper"]())
            return super().mro()

    class A(metaclass=Meta):
        attr = 1
        def helper():
            nonlocal seen
            seen = __class__
            return "ran"
        def method(self):
            return "method"

    print(seen is A, A.__mro__ == (A, object))

demo()

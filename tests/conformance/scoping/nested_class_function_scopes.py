# names across nested functions and classes
x = "global"
def outer():
    x = "outer"
    class A:
        x = "class A"
        def m(self):
            return x
        class B:
            y = x
            def n(self):
                return x
    return A().m(), A.B.y, A.B().n()
print(outer())
def shadow_param(x):
    def inner():
        return x
    x = "rebound"
    return inner()
print(shadow_param("param"))
def class_uses_later_binding():
    class C:
        def get(self):
            return later
    later = "bound after class creation"
    return C().get()
print(class_uses_later_binding())
# a class body's global declaration affects only the class body
count = 0
class Counter:
    global count
    count += 10
    def method(self):
        return count
print(count, Counter().method())
# nonlocal skips class scopes
def nonlocal_skip():
    v = "function"
    class K:
        v = "class"
        def change(self):
            nonlocal v
            v = "changed by method"
    K().change()
    return v, K.v
print(nonlocal_skip())
# lambda default arguments are evaluated in the enclosing scope, including class bodies
class Defaults:
    base = 5
    f = lambda self, b=base: b
print(Defaults().f())
# comprehension in a method sees the method's locals, not the class's
class M:
    items = [1, 2]
    def doubled(self, factor=2):
        return [i * factor for i in self.items]
print(M().doubled())

x = "global"
class C:
    x = "class"
    y = x
    def method(self):
        return x
    z = [x for _ in range(1)]
print(C.y, C().method(), C.z)
def f():
    x = "enclosing"
    class D:
        print(x)
        x = "class body"
        print(x)
        def m(self):
            return x
    return D
print(f()().m())
def g():
    v = 1
    class E:
        v = 2
        w = [v for _ in range(1)]
    return E.w
print(g())
class Private:
    __secret = 1
    def get(self):
        return self.__secret
print(Private().get(), Private._Private__secret)
try:
    Private().__secret
except AttributeError as e:
    print("AttributeError:", e)

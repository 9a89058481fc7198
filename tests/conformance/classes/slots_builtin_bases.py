# __slots__ on subclasses of builtin types whose instances keep no attributes of their own
import weakref
class O: pass
o = O()
for base, arg in [(float, 1.5), (complex, 2j), (frozenset, [1]), (set, [1]), (bytearray, b"x"),
                  (weakref.ref, o), (staticmethod, len), (classmethod, len), (BaseException, 1),
                  (KeyError, 1), (OSError, 1), (list, [1]), (dict, {})]:
    K = type("K", (base,), {"__slots__": ("a", "b")})
    k = K(arg)
    k.a = 7
    print(base.__name__, k.a, hasattr(k, "b"), hasattr(k, "__dict__"))
    del k.a
    try:
        k.a
    except AttributeError as e:
        print("  deleted:", e)
    try:
        del k.b
    except AttributeError as e:
        print("  unset:", e)

class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

class F(float):
    __slots__ = ("held",)
f = F(2.5)
f.held = Noisy("held by a float subclass")
print("dropping")
del f
print("dropped")
class R(weakref.ref):
    __slots__ = ("key",)
r = R(o)
r.key = Noisy("held by a weakref subclass")
r = None
print("end")

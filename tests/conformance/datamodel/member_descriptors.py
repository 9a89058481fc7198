# Builtin types' tp_members (complex.real, property.fget, slice.start, function.__globals__ ...)
# are member_descriptors; the read-only ones refuse stores with "readonly attribute".
import types

def f():
    pass

class K:
    def m(self):
        pass

descrs = [complex.real, complex.imag, property.fget, property.fdel, slice.start, range.stop,
          types.FunctionType.__globals__, types.FunctionType.__closure__, types.MethodType.__func__,
          types.MethodType.__self__, staticmethod.__func__, classmethod.__func__]
for d in descrs:
    print(type(d).__name__, repr(d), d.__qualname__, d.__name__, d.__objclass__.__name__, repr(d.__doc__))
print(type(float.real).__name__, type(int.real).__name__)

print(complex.real.__get__(3 + 4j), complex.imag.__get__(3 + 4j))
print(property.fget.__get__(property(len)) is len, range.step.__get__(range(0, 10, 3)))
print(complex.real.__get__(None, complex) is complex.real)

targets = [(property(), "fget"), (property(), "fset"), (1j, "real"), (slice(1), "start"),
           (range(3), "step"), (f, "__globals__"), (f, "__closure__"), (K().m, "__func__"),
           (staticmethod(f), "__func__"), (classmethod(f), "__func__")]
for obj, name in targets:
    for op in ("set", "del"):
        try:
            if op == "set":
                setattr(obj, name, 1)
            else:
                delattr(obj, name)
            print(name, op, "allowed")
        except AttributeError as e:
            print(name, op, "AttributeError:", e)

try:
    complex.real.__set__(1j, 2)
except AttributeError as e:
    print("__set__:", e)
try:
    complex.real.__get__(1)
except TypeError as e:
    print("TypeError:", e)

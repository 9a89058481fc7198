# objects passed to str/bytes methods are released when CPython releases them (__del__ order)
class B(bytes):
    def __del__(self):
        print("del B", bytes(self))
class BA(bytearray):
    def __del__(self):
        print("del BA")
class O:
    def __init__(self, n): self.n = n
    def __format__(self, spec): return "O" + str(self.n) + spec
    def __del__(self): print("del O", self.n)
class S(str):
    def __del__(self): print("del S", str(self))

print("1", "{} {x}".format(O(1), x=O(2)))
print("2")
it = iter(B(b"ab"))
print(list(it))
print("3")
m = memoryview(BA(b"xy"))
print(m.tobytes())
del m
print("4")
print("-".join([S("a"), S("b")]))
print("5")
print(str(B(b"q"), "ascii"))
print("6", B(b"abc").split(b"b"), b"".join([B(b"z")]))
print("7", "abc".translate({97: S("X")}))
print("8", format(O(3), "x"), f"{O(4)}")
x = S("keep")
y = x.upper()
print("9", y)
del x
print("end")

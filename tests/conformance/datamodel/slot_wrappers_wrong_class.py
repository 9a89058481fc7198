# A slot wrapper taken from an unrelated builtin class checks its self argument when the
# operator calls it (bpo-37619) instead of running on the wrong kind of object.
class A(int):
    __eq__ = str.__eq__
    __add__ = str.__add__
    __lt__ = str.__lt__

a, b = A(1), A(2)
for label, f in (("a == b", lambda: a == b), ("a == a", lambda: a == a), ("a + b", lambda: a + b),
                 ("a < b", lambda: a < b), ("a != a", lambda: a != a), ("a.__eq__(b)", lambda: a.__eq__(b))):
    try:
        print(label, f())
    except TypeError as e:
        print(label, "TypeError:", e)

# compatible wrappers still work
class B(int):
    __eq__ = int.__eq__
    __add__ = int.__add__

print(B(3) == 3, B(3) + B(4))

class S(str):
    __eq__ = object.__eq__

s = S("x")
print(s == s, s == "x")

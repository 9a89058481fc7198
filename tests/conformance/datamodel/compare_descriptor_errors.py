# A comparison method whose descriptor raises while being bound counts as NotImplemented
# (the comparison falls back to identity); errors raised by the method itself propagate.
def broken(self):
    raise AttributeError("no comparison today")

class Prop:
    __eq__ = property(broken)
    __lt__ = property(broken)

a, b = Prop(), Prop()
print(a == a, a == b, a != b)
try:
    a < b
except TypeError as e:
    print("TypeError:", e)

class Raises:
    def __eq__(self, other):
        raise AttributeError("from the method")

try:
    Raises() == 1
except AttributeError as e:
    print("AttributeError:", e)

class OtherDescr:
    def __get__(self, obj, owner=None):
        raise KeyError("any error")

class UsesOther:
    __eq__ = OtherDescr()

print(UsesOther() == 3, [UsesOther()].count(3))

# the reflected side is skipped the same way
class Right:
    __eq__ = property(broken)

print(1 == Right(), Right() in [1, 2])

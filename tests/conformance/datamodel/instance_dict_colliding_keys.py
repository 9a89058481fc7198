# Attribute lookup in an instance __dict__ holding a non-str key whose hash equals the name's:
# the key's __eq__ runs, as in any dict lookup.
class Evil:
    calls = 0
    def __init__(self, answer):
        self.answer = answer
    def __hash__(self):
        return hash("attr")
    def __eq__(self, other):
        Evil.calls += 1
        return self.answer

class Descr:
    def __get__(self, obj, owner=None):
        return "from descriptor"

class C:
    attr = Descr()

c = C()
c.__dict__[Evil(False)] = "never"
print(c.attr, Evil.calls)

d = C()
d.__dict__[Evil(True)] = "via Evil key"
print(d.attr, Evil.calls)
print(getattr(d, "attr"), hasattr(d, "attr"), Evil.calls)

class Raising:
    def __hash__(self):
        return hash("other")
    def __eq__(self, other):
        raise LookupError("compared")

e = C()
e.__dict__[Raising()] = 1
try:
    e.other
except LookupError as err:
    print("LookupError:", err)
print(e.attr)

# str methods with dict arguments and dict subclasses (join over a dict, maketrans tables, format_map with __missing__)

print("-".join({"k1": 1, "k2": 2}))
t = str.maketrans("abc", "xyz", "d")
print(sorted(t.items()))
print(sorted(str.maketrans({"a": 1, 98: "x", "c": None}).items()))
class Missing(dict):
    def __missing__(self, key):
        return "<" + key + ">"
m = Missing(y=3)
print("{x} {y.real}".format_map(m))

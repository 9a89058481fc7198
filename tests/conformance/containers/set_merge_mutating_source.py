# A set operation reading a dict or set whose keys' __eq__ clears that same source while
# the set compares them: the operation sees the source's current (emptied) entries and
# finishes without error.

class Clearer:
    active = False
    def __init__(self, tag):
        self.tag = tag
    def __eq__(self, other):
        if Clearer.active:
            Clearer.active = False
            source.clear()
        return self is other
    def __hash__(self):
        return 7
    def __repr__(self):
        return f"C{self.tag}"

def run(label, op, make_source):
    global source
    Clearer.active = False
    target = {Clearer(0)}
    source = make_source()
    Clearer.active = True
    result = op(target, source)
    print(label, sorted(map(repr, target)), len(source),
          None if result is None else sorted(map(repr, result)))

for kind, make in [("dict", lambda: {Clearer(i): None for i in range(1, 6)}),
                   ("set", lambda: {Clearer(i) for i in range(1, 6)})]:
    run(kind + " update", lambda t, s: t.update(s), make)
    run(kind + " union", lambda t, s: t.union(s), make)
    run(kind + " symmetric_difference_update", lambda t, s: t.symmetric_difference_update(s), make)
    run(kind + " symmetric_difference", lambda t, s: t.symmetric_difference(s), make)
    run(kind + " issubset", lambda t, s: print(t.issubset(s)), make)

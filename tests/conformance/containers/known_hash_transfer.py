# Moving keys from one hash table to another reuses the hash the source table keeps: the
# keys' __hash__ is not called again (including for a key whose hash is 0).

class Counted:
    calls = 0
    eqs = 0
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        Counted.calls += 1
        return self.v % 3          # 0 for some keys
    def __eq__(self, other):
        Counted.eqs += 1
        return isinstance(other, Counted) and self.v == other.v
    def __repr__(self):
        return f"K{self.v}"

def check(label, fn):
    before = Counted.calls
    eqs = Counted.eqs
    result = fn()
    print(f"{label}: {Counted.calls - before} hash calls, {Counted.eqs - eqs} eq calls ->", result)

keys = [Counted(i) for i in range(6)]
d = dict.fromkeys(keys, 1)
s = set(keys)
fs = frozenset(keys)

check("set(dict)", lambda: len(set(d)))
check("frozenset(dict)", lambda: len(frozenset(d)))
check("set.update(dict)", lambda: len(set().union(d)))
check("set.difference(dict)", lambda: sorted(map(repr, s.difference(d))))
check("symmetric_difference_update", lambda: set(s).symmetric_difference_update(d))
check("dict.fromkeys(dict)", lambda: len(dict.fromkeys(d)))
check("dict.fromkeys(set)", lambda: sorted(dict.fromkeys(s, 0).values()))
check("dict.fromkeys(frozenset)", lambda: len(dict.fromkeys(fs)))
check("dict(dict)", lambda: len(dict(d)))
check("dict.update(dict)", lambda: dict.update({Counted(1): 5}, d))
check("{**d}", lambda: len({**d}))
check("dict | dict", lambda: len(d | {}))
check("fromkeys(list) hashes", lambda: len(dict.fromkeys(keys)))

class SubDict(dict):
    pass
check("SubDict.fromkeys(set)", lambda: len(SubDict.fromkeys(s)))
check("values kept", lambda: [d2[k] for k in keys for d2 in [dict.fromkeys(fs, 'x')]][:2])

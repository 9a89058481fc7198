# Iteration order of sets built by random adds, discards and pops over ints (small, negative,
# 64-bit, huge), floats and nested tuples: the table layout must be CPython's
class R:
    def __init__(self, s): self.x = s
    def n(self, k):
        self.x = self.x * 48271 % 2147483647
        return self.x % k
r = R(7)
def val():
    c = r.n(7)
    if c == 0: return r.n(1000) - 500
    if c == 1: return r.n(2 ** 31) * r.n(2 ** 31) * (1 if r.n(2) else -1)
    if c == 2: return (r.n(100), r.n(100))
    if c == 3: return r.n(1000) / 8
    if c == 4: return 2 ** (40 + r.n(40)) + r.n(10)
    if c == 5: return (r.n(5), (r.n(3), -r.n(9)))
    return -r.n(2 ** 20) * 7919
out = []
for trial in range(300):
    s = set()
    for j in range(r.n(60)):
        v = val()
        if r.n(4) == 0:
            s.discard(v)
        else:
            s.add(v)
    if r.n(3) == 0 and s:
        for _ in range(r.n(len(s)) + 1):
            if s: s.pop()
    out.append(repr(list(s)))
print(len(out))
for o in out: print(o)

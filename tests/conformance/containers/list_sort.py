# list.sort: stability, key, reverse, the exact sequence of __lt__ calls, errors
class Rand:
    # a small deterministic generator (MINSTD), so the case needs no random module
    def __init__(self, seed):
        self.x = seed
    def randrange(self, n):
        self.x = self.x * 48271 % 2147483647
        return self.x % n
    def random(self):
        return self.randrange(1000000) / 1000000

class K:
    log = []
    def __init__(self, v, tag):
        self.v = v
        self.tag = tag
    def __lt__(self, other):
        K.log.append((self.tag, other.tag))
        return self.v < other.v
    def __repr__(self):
        return f'K({self.v},{self.tag})'

def trace(values):
    K.log = []
    items = [K(v, i) for i, v in enumerate(values)]
    items.sort()
    return [k.tag for k in items], len(K.log), K.log[:40]

random = Rand(5)
print(trace([3, 1, 2]))
print(trace(list(range(20))))
print(trace(list(range(20, 0, -1))))
print(trace([random.randrange(10) for _ in range(40)]))
r = trace([random.randrange(1000) for _ in range(300)])
print(r[0][:20], r[1])
r = trace([random.randrange(4) for _ in range(500)])
print(r[0][:20], r[1])
data = sorted(random.randrange(10000) for _ in range(400)) + [random.randrange(10000) for _ in range(100)]
r = trace(data)
print(r[1])
runs = []
for _ in range(20):
    run = sorted(random.randrange(1000) for _ in range(1 + random.randrange(79)))
    if random.random() < 0.5:
        run.reverse()
    runs += run
print(trace(runs)[1])

# stability with keys and reverse
pairs = [(random.randrange(5), i) for i in range(50)]
print(sorted(pairs, key=lambda p: p[0]) == sorted(pairs, key=lambda p: (p[0], p[1])))
print(sorted(pairs, key=lambda p: p[0], reverse=True)[:10])
words = 'the quick brown fox jumps over the lazy dog THE End'.split()
print(sorted(words, key=len), sorted(words, key=str.lower, reverse=True))
l = [5, 1, 4]; print(l.sort(), l)

# key function calls: once per item, in order, while the list looks empty
lst = [3, 1, 2]
def keyf(v):
    print('key', v, len(lst), lst)
    return -v
lst.sort(key=keyf); print(lst)

def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

def mutate(v):
    lst.append(v)
    return v
show(lambda: lst.sort(key=mutate)); print(lst)
def clear_it(a, b=None):
    lst.clear()
    return 0
show(lambda: lst.sort(key=clear_it)); print(lst)

class Boom:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        if self.v == 3 or other.v == 3:
            raise ValueError('boom')
        return self.v < other.v
    def __repr__(self):
        return f'B{self.v}'
bl = [Boom(v) for v in [5, 1, 4, 3, 2, 0, 6]]
show(lambda: bl.sort())
print(sorted(b.v for b in bl), len(bl))
show(lambda: [3, 'a', 1].sort())
show(lambda: [1, None].sort())
show(lambda: sorted([1, 2], key=lambda x: 1 / 0))
show(lambda: [].sort(1))
show(lambda: [].sort(key=None, reverse=None))
show(lambda: [].sort(cmp=None))
show(lambda: [].sort(key=1, reverse=2, x=3))
show(lambda: [2, 1].sort(key=1))
print(sorted([1.5, float('inf'), -2, 0.0, -0.0]), sorted([(1, 2), (1,), (0, 5)]), sorted(['b', 'a\u00e9', 'a']))
print(sorted([True, False, 2, -1]), sorted([[1, 2], [1], []]), sorted({3: 1, 1: 2}))

class OnlyGt:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        print('gt', self.v, other.v)
        return self.v > other.v
print([o.v for o in sorted([OnlyGt(2), OnlyGt(1), OnlyGt(3)])])

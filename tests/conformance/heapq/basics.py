# heapq: heap primitives (CPython's positions), merge, nlargest/nsmallest with key, errors
import heapq
h = []
for x in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, x)
print(h, heapq.heappop(h), h)
print(heapq.heappushpop(h, 0), heapq.heappushpop(h, 10), h, heapq.heapreplace(h, 4), h)
data = [9, 3, 7, 1, 8, 2, 6, 4, 5, 0]
heapq.heapify(data); print(data)
print([heapq.heappop(data) for _ in range(len(data))])
m = [3, 1, 4, 1, 5, 9, 2, 6]
heapq._heapify_max(m); print(m, heapq._heappop_max(m), heapq._heapreplace_max(m, 0), m)
print(list(heapq.merge([1, 3, 5], [2, 4, 6], [0, 7])), list(heapq.merge()), list(heapq.merge([], [1])))
print(list(heapq.merge([5, 3, 1], [6, 2], reverse=True)), list(heapq.merge(["ab", "c"], ["bb", "d"], key=len)))
print(list(heapq.merge([(1, 'a'), (2, 'b')], [(1, 'c')])))
print(heapq.nlargest(3, [5, 1, 8, 3, 9, 2]), heapq.nsmallest(2, [5, 1, 8, 3]), heapq.nlargest(2, ["bb", "a", "ccc", "dd"], key=len))
print(heapq.nsmallest(1, []), heapq.nlargest(0, [1]), heapq.nsmallest(10, [3, 1, 2]), heapq.nlargest(1, [2, 7, 7]), heapq.nsmallest(3, "hello"))
print(heapq.nlargest(2, [(1, 'x'), (1, 'y'), (0, 'z')], key=lambda t: t[0]))
for bad in [lambda: heapq.heappop([]), lambda: heapq.heappush((), 1), lambda: heapq.heapify(None), lambda: heapq.heapreplace([], 1), lambda: heapq.heappush([]), lambda: heapq.heappush([1], 'a')]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
class Task:
    def __init__(self, p, n): self.p = p; self.n = n
    def __lt__(self, o): return self.p < o.p
    def __repr__(self): return f"T{self.n}"
q = []
for i, p in enumerate([3, 1, 3, 2, 1]):
    heapq.heappush(q, Task(p, i))
print(q, [heapq.heappop(q) for _ in range(5)])
print(heapq.__all__)

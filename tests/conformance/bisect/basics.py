# bisect: bisect/insort left/right, lo/hi, key=, errors
import bisect
a = [1, 2, 2, 2, 3, 5, 8]
print(bisect.bisect(a, 2), bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 0), bisect.bisect(a, 9))
print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 2), bisect.bisect_left(a, 5, hi=3), bisect.bisect(a, 4, lo=1, hi=None))
b = list(a); bisect.insort(b, 4); bisect.insort_left(b, 2); bisect.insort_right(b, 0); print(b)
recs = [("a", 1), ("b", 3), ("c", 5)]
print(bisect.bisect(recs, 3, key=lambda r: r[1]), bisect.bisect_left(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ("d", 4), key=lambda r: r[1]); print(recs)
print(bisect.bisect("acegi", "d"), bisect.bisect((1.5, 2.5), 2))
for bad in [lambda: bisect.bisect(a, 1, -1), lambda: bisect.bisect(a), lambda: bisect.bisect(a, 1, foo=2), lambda: bisect.insort(3, 1), lambda: bisect.bisect([1, 'a'], 2), lambda: bisect.bisect(a, 1, 'x')]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
class L(list):
    def insert(self, i, x):
        print("insert", i, x)
        super().insert(i, x)
l = L([1, 3]); bisect.insort(l, 2); print(l)
grades = 'FDCBA'
print([grades[bisect.bisect([60, 70, 80, 90], s)] for s in [33, 99, 77, 70, 89, 90, 100]])

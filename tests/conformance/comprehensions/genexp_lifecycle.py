# generator expressions: laziness, single use, references to outer names at iteration time
def src():
    print("source started")
    for i in range(3):
        print("producing", i)
        yield i
g = (x * 10 for x in src())
print("genexp created")
print(next(g))
print(sum(g))
print(list(g))
# names in the element expression are looked up when each item is produced
factor = 1
g = (x * factor for x in range(3))
factor = 100
print(list(g))
# but the first iterable is bound at creation
items = [1, 2]
g = (x for x in items)
items = [9, 9]
print(list(g))
# the genexp object
g = (x for x in range(2))
print(type(g).__name__, g.__name__, g.gi_running, g.gi_frame is not None)
list(g)
print(g.gi_frame)
# exceptions in the element expression stop the generator
g = (1 / x for x in [1, 0, 2])
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(list(g))
# genexp with an if and nested for, consumed partially then closed
g = (a + b for a in "xy" for b in "12" if b != "2")
print(next(g))
g.close()
print(list(g))
# any()/all() short-circuit generator consumption
seen = []
def track(v):
    seen.append(v)
    return v
print(any(track(v) for v in [0, 0, 5, 7]), seen)
seen.clear()
print(all(track(v) for v in [1, 0, 5]), seen)

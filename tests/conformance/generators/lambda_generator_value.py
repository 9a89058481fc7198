# A lambda whose body yields is a generator that returns the body's value, like
# `def f(): return (yield ...)`.
def plain():
    return (yield 1)


sources = {
    "yield": lambda: (yield 1),
    "yield from": lambda: (yield from plain()),
    "nested": lambda: (yield from (lambda: (yield 1))()),
    "expr": lambda: [(yield 1), (yield 2)],
}
for name, make in sources.items():
    gen = make()
    print(name, next(gen))
    try:
        while True:
            print("  yielded", gen.send(name))
    except StopIteration as stop:
        print("  returned", stop.value)

print(list((lambda: (yield 3))()))
g = (lambda x: (yield x) * 2)(5)
print(next(g))
try:
    g.send(21)
except StopIteration as e:
    print(e.value)

# generator pipelines and coroutine-style consumers driven by send
def source(n):
    for i in range(n):
        print("source", i)
        yield i
def double(it):
    for x in it:
        print("double", x)
        yield x * 2
def take(it, n):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
print(list(take(double(source(10)), 3)))

def averager():
    total = 0
    count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return (count, avg)
a = averager()
next(a)
for v in (10, 20, 30):
    print("avg", a.send(v))
try:
    a.send(None)
except StopIteration as e:
    print("result", e.value)

def grouper():
    results = {}
    while True:
        key = yield
        results[key] = yield from averager()
        print("group done", key, results[key])

g = grouper()
next(g)
g.send("a")
for v in (1, 2, 3):
    g.send(v)
g.send(None)
g.send("b")
g.send(5)
g.send(None)

def printer():
    try:
        while True:
            line = yield
            print("got line:", line)
    except GeneratorExit:
        print("printer closing")
p = printer()
next(p)
p.send("one")
p.send("two")
p.close()

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
import itertools
print(list(itertools.islice(fib(), 12)))
def chain(*its):
    for it in its:
        yield from it
print(list(chain("ab", range(2), (x for x in "z"))))
def flatten(x):
    if isinstance(x, (list, tuple)):
        for y in x:
            yield from flatten(y)
    else:
        yield x
print(list(flatten([1, (2, [3, (4,)]), [[[5]]]])))
def zip_longest_gen(*its):
    its = [iter(i) for i in its]
    while True:
        row = []
        alive = False
        for it in its:
            try:
                row.append(next(it))
                alive = True
            except StopIteration:
                row.append(None)
        if not alive:
            return
        yield tuple(row)
print(list(zip_longest_gen("abc", [1])))

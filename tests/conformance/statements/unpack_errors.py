# iterable unpacking: every form and every error message
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
def two():
    a, b = [1]
    return a, b
def three():
    a, b, c = (1, 2)
    return a
def many():
    a, b = range(10)
def gen():
    a, b = (i for i in range(3))
def star_short():
    a, b, *c, d = [1, 2]
def star_ok():
    a, *b, c = [1, 2]
    return a, b, c
def star_str():
    *a, b = "xyz"
    return a, b
def not_iter():
    a, b = 3
def not_iter_star():
    a, *b = None
def nested():
    (a, b), c = [1, 2], 3
    (d, e), f = "xy", 0
    return a, b, c, d, e, f
def nested_err():
    (a, b), c = [1, 2, 3], 4
def dict_unpack():
    a, b = {"x": 1, "y": 2}
    return a, b
def empty_ok():
    [] = ()
    () = []
    *x, = []
    return x
def empty_err():
    [] = [1]
for f in [two, three, many, gen, star_short, star_ok, star_str, not_iter, not_iter_star,
          nested, nested_err, dict_unpack, empty_ok, empty_err]:
    print(f.__name__, end=": ")
    show(f)
# an iterator is consumed only as far as needed to detect "too many"
it = iter(range(10))
try:
    a, b = it
except ValueError as e:
    print(e, next(it))
# the for-loop target unpacks too
try:
    for x, y in [(1, 2), (3,)]:
        print(x, y)
except ValueError as e:
    print(type(e).__name__, e)
for a, *b in ["ab", "c", "def"]:
    print(a, b)
# iterator whose __next__ raises
class Bad:
    def __iter__(self):
        return self
    def __next__(self):
        raise KeyError("boom")
try:
    a, b = Bad()
except KeyError as e:
    print("KeyError", e)
class BadLen:
    def __iter__(self):
        return iter([1, 2, 3])
try:
    x, y = BadLen()
except ValueError as e:
    print(e)

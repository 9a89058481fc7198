# in-place operators: __iop__, fallback to __op__ / __rop__, NotImplemented, None
log = []
class A:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"A({self.v})"
    def __add__(self, o):
        log.append("A.__add__")
        return A(self.v + getattr(o, "v", o))
    def __radd__(self, o):
        log.append("A.__radd__")
        return A(o + self.v)
class I(A):
    def __iadd__(self, o):
        log.append("I.__iadd__")
        self.v += getattr(o, "v", o)
        return self
    def __isub__(self, o):
        log.append("I.__isub__ -> NotImplemented")
        return NotImplemented
    def __imul__(self, o):
        log.append("I.__imul__ -> 'other'")
        return "other"
def run(stmt, **ns):
    log.clear()
    try:
        exec(stmt, globals(), ns)
        result = ns.get("x")
    except TypeError as e:
        result = f"TypeError: {e}"
    print(stmt, "->", result, log)
run("x = A(1); y = x; x += 2; print(x is y)")
run("x = I(1); y = x; x += 2; print(x is y)")
run("x = I(1); x -= 2")
run("x = I(1); x *= 2")
run("x = 5; x += A(1)")
run("x = A(1); x -= 1")
run("x = [1]; x += A(2)")
run("x = [1]; x += (2, 3)")
run("x = (1,); x += [2]")
run("x = 'a'; x += A(1)")
run("x = [1]; x *= 2.0")
run("x = {1: 2}; x |= {3: 4}")
run("x = {1}; x |= [2]")
run("x = {1: 2}; x |= [(3, 4)]")
# __iadd__ = None blocks even the fallback
class NoIadd:
    __iadd__ = None
    def __add__(self, o):
        return "added"
try:
    x = NoIadd()
    x += 1
except TypeError as e:
    print(type(e).__name__, e)
# an augmented assignment returning something else rebinds the name
class Rebind:
    def __iadd__(self, o):
        return [o]
r = Rebind()
r += 5
print(r)
# augmented assignment on an attribute calls __iadd__ and then setattr with the result
class Holder:
    def __init__(self):
        self.items = []
    def __setattr__(self, k, v):
        print("setattr", k, v)
        object.__setattr__(self, k, v)
h = Holder()
h.items += [1]
h.items += (2,)
# list += with a generator and iterable errors
lst = [0]
lst += (i for i in range(3))
print(lst)
try:
    lst += 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    lst -= [1]
except TypeError as e:
    print(type(e).__name__, e)
# bytearray and set in-place
ba = bytearray(b"ab")
ba += b"cd"
ba *= 2
print(ba)
s = {1, 2, 3}
s &= {2, 3, 4}
s ^= {9}
s -= {2}
print(sorted(s))
try:
    s += {1}
except TypeError as e:
    print(type(e).__name__, e)

# bytearray mutation: item and slice assignment, deletion, append/extend/insert/pop/remove, += and *=

def show(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

def setitem(k, v):
    x = bytearray(b"abcdef")
    x[k] = v
    return x

def delitem(k):
    x = bytearray(b"abcdef")
    del x[k]
    return x

class Idx:
    def __index__(self):
        return 1
for k, v in [(0, 65), (-1, 90), (Idx(), 66), (0, 256), (0, -1), (0, "a"), (0, 2.0), (9, 1), (-7, 1), ("a", 1), (2**70, 1),
             (slice(0, 2), b"xyz"), (slice(0, 2), bytearray(b"")), (slice(2, 2), [1, 2]), (slice(4, 1), b"ZZ"), (slice(None), b""),
             (slice(0, 2), "ab"), (slice(0, 2), 5), (slice(0, 2), [300]), (slice(0, 2), ["a"]), (slice(0, 2), None), (slice(0, 2), (x for x in b"gen")),
             (slice(0, 6, 2), b"xyz"), (slice(0, 6, 2), b"xy"), (slice(5, None, -2), b"XYZ"), (slice(None, None, -1), b"fedcba"), (slice(1, 1, 2), b""),
             (slice(0, 6, 2), b"mvw"), (slice(0, 6, 2), b""), (slice(None, None, -1), bytearray()), (slice(4, 1, -1), [])]:
    show(setitem, k, v)
for k in [0, -1, 5, 6, -7, "x", slice(1, 3), slice(None, None, 2), slice(None, None, -2), slice(4, 1), slice(1, 100), slice(None)]:
    show(delitem, k)
b = bytearray(b"ab")
b.append(99); b.append(Idx()); print(b)
show(b.append, 256)
show(b.append, "a")
show(b.append)
b.extend(b"de"); b.extend([102, 103]); b.extend(bytearray(b"h")); b.extend(iter([105])); b.extend(""); print(b)
show(b.extend, 5)
show(b.extend, "ab")
show(b.extend, [1, "a"])
show(b.extend, [1000])
b.insert(0, 48); b.insert(-1, 49); b.insert(100, 50); b.insert(-100, 51); print(b)
show(b.insert, 0, 256)
show(b.insert, "a", 1)
show(b.insert, 0)
print(b.pop(), b.pop(0), b.pop(-2), b)
show(b.pop, 100)
show(bytearray().pop)
b.remove(ord("c")); print(b)
show(b.remove, 200)
show(b.remove, 256)
show(b.remove, "a")
b.reverse(); print(b)
c = b.copy(); c.clear(); print(b, c, len(c))
x = bytearray(b"ab")
y = x
x += b"cd"
x += bytearray(b"e")
print(x, y is x)
x *= 2
print(x, y is x)
x *= 0
print(x, len(x))
show(lambda: bytearray(b"a").__iadd__("x"))
show(lambda: bytearray(b"a").__iadd__(5))
show(lambda: bytearray(b"a").__imul__(1.5))
z = bytearray(b"abc")
z += memoryview(b"d") if False else b"d"
print(z)
it = iter(z)
next(it)
z.append(120)
print(list(it))
z.__init__(b"reinit")
print(z)
z.__init__()
print(z)
z.__init__(2)
print(z)
w = bytearray(b"hello world")
w[0:5] = w[6:]
print(w)
w[:] = w
print(w)
w[3:3] = w
print(w, len(w))
print(bytearray(b"abc").__reduce__())

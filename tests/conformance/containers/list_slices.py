# list subscripts: indices, slices, extended slices, assignment and deletion
def show(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

base = list(range(10))
for sl in [slice(None), slice(2, 5), slice(-3, None), slice(None, -3), slice(None, None, 2), slice(None, None, -1),
           slice(8, 2, -2), slice(-1, -11, -3), slice(100, 200), slice(-200, -100), slice(5, 1), slice(None, None, 10 ** 20),
           slice(10 ** 20, None, -1), slice(-(10 ** 20), 10 ** 20, 3), slice(True, None, True)]:
    print(sl, base[sl])

m = list(range(10))
m[2:5] = ['a']; print(m)
m[1:1] = range(3); print(m)
m[-1:] = []; print(m)
m[::3] = 'XYZW'; print(m)
m[100:] = [99]; print(m)
m[:0] = (-1, -2); print(m)
del m[::2]; print(m)
del m[1]; print(m)
del m[-1]; print(m)
del m[5:1]; print(m)
del m[::-3]; print(m)
m[:] = m; print(m)
m[::-1] = m; print(m)
m[1:3] = m; print(m)
del m[:]; print(m)
m = list(range(6))
m[4:1:-1] = 'abc'; print(m)
m[5:1] = ['ins']; print(m)
m[0:1] = iter(['it1', 'it2']); print(m)
m[2:4] = {7: 1}; print(m)

x = [1, 2, 3]
def assign(target, key, value):
    target[key] = value
def delete(target, key):
    del target[key]
show(lambda: assign(x, slice(None, None, 2), [1]))
show(lambda: assign(x, slice(None, None, 2), 5))
show(lambda: assign(x, slice(0, 1), 5))
show(lambda: assign(x, 5, 0))
show(lambda: assign(x, -4, 0))
show(lambda: assign(x, 'a', 0))
show(lambda: assign(x, slice(None, None, 0), []))
show(lambda: delete(x, 5))
show(lambda: delete(x, 'a'))
show(lambda: delete(x, 2 ** 64))
show(lambda: x[3])
show(lambda: x[-4])
show(lambda: x[2 ** 63])
show(lambda: x[2 ** 62])
show(lambda: x[1.0])
show(lambda: x[None])
show(lambda: x[slice('a')])
show(lambda: x[slice(None, None, 0)])
show(lambda: x.__getitem__())
show(lambda: x.__setitem__(1))
show(lambda: x.__delitem__())
print(x)

class Index:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
y = list('abcdef')
print(y[Index(1)], y[Index(-1)], y[Index(1):Index(4)], y[::Index(2)])
y[Index(0)] = 'A'; del y[Index(-1)]; print(y)
class Bad:
    def __index__(self):
        return 'no'
show(lambda: y[Bad()])
show(lambda: y[Bad():])

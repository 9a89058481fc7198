# slice objects: construction, attributes, indices(), comparisons, hashing, repr
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = slice(5)
print(s, s.start, s.stop, s.step, slice(1, 2), slice(1, 2, 3), slice(None, None, None), slice('a', [1], 2.5))
for sl in [slice(None), slice(2, 5), slice(-3, None), slice(None, None, -1), slice(10, -10, -3), slice(-100, 100, 7), slice(0, 0)]:
    print(sl, sl.indices(10), sl.indices(0), sl.indices(3))
print(slice(None, None, -2 ** 100).indices(10 ** 30), slice(2 ** 80, None).indices(5), slice(-2 ** 80, None).indices(5))
print(slice(1, 2) == slice(1, 2), slice(1) == slice(None, 1), slice(1, 2) < slice(1, 3), slice(1, 2) <= slice(1, 2), slice(2) > slice(1), slice(1) == 1, slice(1) != (None, 1, None))
print(slice(1, 2, 3).__reduce__(), slice(1).__reduce__())
class I:
    def __index__(self):
        return 2
print(slice(I(), None).indices(5), list(range(10))[slice(I(), None, I())], 'abcdef'[slice(I(), None)])
show(lambda: slice())
show(lambda: slice(1, 2, 3, 4))
show(lambda: slice(a=1))
show(lambda: slice(1).indices())
show(lambda: slice(1).indices('a'))
show(lambda: slice(1).indices(-1))
show(lambda: slice(1).indices(1, 2))
show(lambda: slice(1, 2, 0).indices(3))
show(lambda: slice('a').indices(3))
show(lambda: slice(1.5).indices(3))
show(lambda: hash(slice(1)))
show(lambda: slice(1) < 1)
show(lambda: slice(1, 'a') < slice(1, 2))
def set_attr():
    s.start = 3
def del_attr():
    del s.step
def new_attr():
    s.foo = 1
show(set_attr)
show(del_attr)
show(new_attr)

# slices: all forms, negative steps, objects with __getitem__, slice objects
s = list(range(10))
t = tuple(s)
st = "0123456789"
for sl in [(None, None, None), (2, None, None), (None, 3, None), (2, 8, 2), (-3, None, None), (None, -3, None),
           (None, None, -1), (8, 2, -2), (-1, -11, -3), (100, None, None), (None, 100, None), (5, 5, None),
           (7, 3, None), (3, 7, -1), (-100, 100, 3), (None, None, 4), (9, None, -4), (0, None, -1), (None, 0, -1)]:
    sliced = slice(*sl)
    print(sl, s[sliced], t[sliced], st[sliced])
print(s[::], s[:], s[1:], s[:-1], s[::-2], st[-2:], st[:-20])
print(s[True:], s[False:True])
try:
    s[::0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    s["a":]
except TypeError as e:
    print(type(e).__name__, e)
try:
    s[1.0:]
except TypeError as e:
    print(type(e).__name__, e)
class Idx:
    def __index__(self):
        return 3
print(s[Idx():], s[:Idx()], s[::Idx()], st[Idx()])
# __getitem__ receives slice objects and tuples
class Show:
    def __getitem__(self, k):
        return k
sh = Show()
print(sh[1:2], sh[1:2:3], sh[:], sh[::], sh[1:], sh[:, 1], sh[1:2, ::3], sh[...], sh[()], sh[1,], sh[-1:])
print(sh[1:2] == slice(1, 2), slice(1, 2, None).indices(10), slice(None, None, -1).indices(5), slice(-100, 100, 7).indices(10))
# slice assignment
a = list(range(6))
a[1:3] = "xyz"
print(a)
a[::2] = [0, 0, 0, 0]
print(a)
try:
    a[::2] = [1, 2]
except ValueError as e:
    print(type(e).__name__, e)
a[4:1] = ["ins"]
print(a)
a[-1:] = []
print(a)
a[:] = a
print(a)
b = [1, 2, 3]
b[1:2] = b
print(b)
try:
    a[1:2] = 5
except TypeError as e:
    print(type(e).__name__, e)
a[::-1] = range(len(a))
print(a)
# slices of bytes, bytearray, range, memoryview
print(b"abcdef"[1::2], bytearray(b"abcdef")[::-1], range(10)[2:8:3], range(10)[::-1], bytes(memoryview(b"abcdef")[1:4]))
print(range(0, 20, 3)[-2:], range(5)[10:], range(5)[-10:2])
# huge indices are clamped
print(s[-2**100:2**100], s[2**100:], st[::-2**100])

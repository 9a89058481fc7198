a = -x + +y - ~z ** -w * p / q // r % s @ t
b = x << 1 >> 2 & 3 ^ 4 | 5
c = a < b <= c > d >= e == f != g in h not in i is j is not k
d = not a and b or not not c and (d or e)
e = (a + b) * (c - d)
f = a ** b ** c
g = await_ if a else b if c else d

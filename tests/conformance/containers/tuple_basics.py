# tuple: construction, subscripts, operators, hashing, subclasses
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t = (1, 2, 3, 2)
print(t, len(t), t[0], t[-1], t[1:3], t[::-1], t[::2], t[10:], (), (1,), ((),), tuple('ab'), tuple([1, [2]]))
print(t.count(2), t.index(2), t.index(2, 2), t.index(3, -2), 2 in t, 5 in t)
print(t + (4,), t * 2, 2 * t, () * 3, t * -1, t * 0)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, 2) == (1, 2.0), (1, 2) != (1, 2), () < (0,))
print(hash(()) == hash(()), hash((1, 2)) == hash((1, 2)), hash((1, 2)) != hash((2, 1)))
print(hash((1, (2, 3), 1.5, -1)), hash(()), hash((0,)), hash((-1, -2)), hash((2 ** 70, 'x' == 'y')))
x = (1, 2)
print(x[:] is x, x + () is x, () + x is x, x * 1 is x, tuple(x) is x, x[0:2] is x)
r = [1]; tt = (r,); r.append(tt); print(tt)
n = float('nan'); print((n,) == (n,), n in (n,), (n,).count(n))

class T(tuple):
    pass
s = T((1, 2))
print(s, repr(s), type(s), type(s[:]), type(s + ()), type(s * 1), s.__getnewargs__(), hash(s) == hash((1, 2)), s == (1, 2))
print(T(), T('ab'), T(x) is x, type(T(x)))

class Point(tuple):
    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))
    @property
    def x(self):
        return self[0]
p = Point(3, 4)
print(p, p.x, p[1], type(p).__name__, isinstance(p, tuple), len(p))

show(lambda: (1,).index(2))
show(lambda: (1,).index())
show(lambda: (1,).index(1, None))
show(lambda: (1,).count())
show(lambda: (1,)[3])
show(lambda: (1,)[-2])
one = (1,); fl = 1.0
show(lambda: one[fl])
show(lambda: (1,)[2 ** 64])
show(lambda: (1,) + [1])
show(lambda: (1,) * 1.5)
show(lambda: (1,).__mul__(1.5))
show(lambda: (1,) < 1)
show(lambda: (1, 2) < (1, 'a'))
show(lambda: hash((1, [])))
show(lambda: tuple(1, 2))
show(lambda: tuple(a=1))
show(lambda: tuple(1))
show(lambda: tuple.__new__(list))
show(lambda: ().__getitem__())
show(lambda: ().__contains__())
show(lambda: (1, 2).__getnewargs__())
show(lambda: (1, 2, 3).__getitem__(slice(None, None, -2)))
show(lambda: tuple[int, str].__class__.__name__ != '')
show(lambda: (1, 2).__sizeof__() > ().__sizeof__())
a, b, *c = (1, 2, 3, 4); print(a, b, c)

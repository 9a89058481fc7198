# fractions.Fraction arithmetic: with Fractions, ints, bools, floats, complex numbers and
# foreign types, in both operand orders; powers; division by zero.
from fractions import Fraction as F
import operator

ops = [('+', operator.add), ('-', operator.sub), ('*', operator.mul), ('/', operator.truediv),
       ('//', operator.floordiv), ('%', operator.mod), ('divmod', divmod), ('**', operator.pow)]


def show(label, fn, *args):
    try:
        r = fn(*args)
    except Exception as e:
        print('  %s -> %s: %s' % (label, type(e).__name__, e))
    else:
        print('  %s -> %r %s' % (label, r, type(r).__name__))


operands = [F(3, 4), F(-5, 6), F(0), F(7), 2, -3, 0, True, 0.5, -2.25, 0.0, 1.5j, 2 + 0j, 0j]
for a in [F(3, 4), F(-5, 6), F(0), F(7)]:
    for b in operands:
        print(repr(a), repr(b))
        for name, op in ops:
            if name == '**' and isinstance(b, F) and b.denominator != 1 and a < 0:
                continue
            show(name, op, a, b)
            show('r' + name, op, b, a)

print('exact results')
x = F(1, 3) + F(1, 6) + F(1, 2)
print(repr(x), repr(F(1, 10) * 3 - F(3, 10)), repr(sum(F(1, n) for n in range(1, 11))))
print(repr(F(10**20 + 1, 3) // F(1, 7)), repr(F(-7, 2) % 3), repr(divmod(F(-7, 2), F(2, 3))))
print(repr(F(7, 2) % F(-2, 3)), repr(-F(7, 2) // F(-2, 3)))

print('powers')
for base in [F(2, 3), F(-2, 3), F(0), F(1), F(-1)]:
    for e in [0, 1, 2, 3, -1, -2, -3, F(2), F(-2), True, False]:
        show('%r ** %r' % (base, e), operator.pow, base, e)
for base in [F(4, 9), F(2), F(1, 4)]:
    for e in [0.5, F(1, 2), F(-1, 2), 1j, -0.5]:
        show('%r ** %r' % (base, e), operator.pow, base, e)
for base in [2, -2, 0, 4, 2.5, -8.0, 1j, True]:
    for e in [F(3), F(0), F(-2), F(1, 2), F(-1, 2), F(3, 1)]:
        show('%r ** %r' % (base, e), operator.pow, base, e)
show('F(-8) ** F(1, 3) is complex', lambda: type(F(-8) ** F(1, 3)).__name__)
show('pow(F(2), 3, 5)', pow, F(2), 3, 5)
show('pow(2, F(3), 5)', pow, 2, F(3), 5)
show('F(2) ** "x"', operator.pow, F(2), 'x')
show('"x" ** F(2)', operator.pow, 'x', F(2))
show('F(2) ** None', operator.pow, F(2), None)
show('F(10) ** 400 // 10 ** 399', lambda: F(10) ** 400 // 10 ** 399)
show('F(2, 3) ** -1000 denominator digits', lambda: len(str((F(2, 3) ** -1000).denominator)))

print('zero division')
for a in [F(3, 4), F(-3, 4), F(0), F(6, 5), 2, -2, 0, 1.5]:
    for b in [F(0), 0, False, 0.0]:
        for name, op in ops[3:7]:
            show('%r %s %r' % (a, name, b), op, a, b)

print('unary and foreign types')
f = F(-9, 4)
for fn in [operator.neg, operator.pos, abs, operator.not_, bool, int, float, complex,
           round, str, repr]:
    show(getattr(fn, '__name__', fn), fn, f)
for other in ['a', None, [1], (1,), {}]:
    for name, op in ops:
        show('F %s %r' % (name, other), op, F(1, 2), other)
        show('%r %s F' % (other, name), op, other, F(1, 2))
show('[1] * F(2)', operator.mul, [1], F(2))
show('"ab" * F(2)', operator.mul, 'ab', F(2))
show('F(2) * "ab"', operator.mul, F(2), 'ab')


class Num:
    def __add__(self, o): return 'Num.add'
    def __radd__(self, o): return 'Num.radd'
    def __eq__(self, o): return 'Num.eq'
    def __lt__(self, o): return 'Num.lt'
    def __gt__(self, o): return 'Num.gt'
show('F + Num', operator.add, F(1), Num())
show('Num + F', operator.add, Num(), F(1))
show('F == Num', operator.eq, F(1), Num())
show('F < Num', operator.lt, F(1), Num())
show('Num < F', operator.lt, Num(), F(1))
show('F != Num', operator.ne, F(1), Num())

x = F(1, 2)
x += 1
x *= F(2, 3)
x -= 0.25
print(repr(x))
y = F(5)
y **= 2
y //= 3
y %= F(5, 3)
print(repr(y))

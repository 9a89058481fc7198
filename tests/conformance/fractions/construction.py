# fractions.Fraction: construction from ints, pairs, strings, floats and other rationals,
# normalisation, the error cases, and the alternative constructors.
from fractions import Fraction as F
import fractions, numbers

print(fractions.__all__, F.__mro__[1:], F.__slots__)


def show(f, *args, **kw):
    try:
        r = f(*args, **kw)
    except Exception as e:
        print('  ', args, kw, '->', type(e).__name__, e)
    else:
        print('  ', args, kw, '->', repr(r), type(r).__name__)


print('ints and pairs')
for args in [(), (0,), (7,), (-7,), (10**30,), (6, 4), (-6, 4), (6, -4), (-6, -4), (0, 5),
             (0, -5), (1, 0), (0, 0), (-3, 0), (True,), (False,), (True, True), (2, True),
             (True, False), (10**20, 10**18)]:
    show(F, *args)

print('rationals')
for args in [(F(3, 4),), (F(3, 4), F(5, 6)), (F(1, 2), 3), (3, F(1, 2)), (F(1, 2), 0),
             (F(0), F(0)), (F(-1, 2), F(-1, 3))]:
    show(F, *args)

print('strings')
for s in ['0', '-0', '+12', ' 3/4', '3/4 ', '\t-3/4\n', '03/06', '3 / 4', '3/ 4', '3 /4',
          '1_000', '1_000/3_0', '1__000', '_1', '1_', '1/_2', '1.5', '-1.5', '.5', '5.',
          '-.25', '1e3', '1E3', '1e-3', '1.5e+2', '2.5E-2', '1_0.2_5e1_0', '1.e2', 'e2',
          '.e2', '.', '1.2.3', '1/2/3', '1.5/2', '1/2.5', '1/2e3', '1/-2', '-1/2', '+-1',
          '', ' ', '-', '+', '/2', '2/', 'inf', 'nan', '-inf', '0x10', '1j', '1.d', '1.dd',
          '2.D', '1.d5', '１２/３４', '\u0661\u0662', '\u2003 7/8 \u2003', '1 2', '3.14159',
          '123456789012345678901234567890.123456789', '0.000', '1e0', '1e-0']:
    show(F, s)

print('floats')
for x in [0.0, -0.0, 0.5, -0.5, 0.1, 1e100, 1e-300, 5e-324, 2.0 ** 60, 1.7976931348623157e308,
          float('inf'), float('-inf'), float('nan')]:
    show(F, x)

print('type errors')
for args in [(None,), ([],), (1j,), (b'1',), (1.5, 2), (2, 1.5), ('1', 2), (2, '1'),
             (F(1), 1.0), (None, None), (1, None)]:
    show(F, *args)
show(F, 1, 2, 3)
show(F, numerator=6, denominator=4)
show(F, denominator=4)
show(F, 6, 4, _normalize=False)
show(F, 1, 2, normalize=False)

print('from_float / from_decimal')
for x in [0.5, -2.25, 0.1, 3, True, -7, float('inf'), float('nan'), '1', F(1, 2), 1j, None]:
    show(F.from_float, x)
for x in [3, -3, True, 1.5, '1', F(1, 2), None]:
    show(F.from_decimal, x)

print('subclasses')
class G(F):
    pass
g = G(6, 8)
print(repr(g), type(g).__name__, isinstance(g, F), repr(G('1.25')), repr(G.from_float(0.75)))
print(type(G.from_float(3)).__name__, type(+g).__name__, type(-g).__name__, type(abs(g)).__name__)
print(type(g + 1).__name__, type(g.limit_denominator(2)).__name__, type(g.limit_denominator()).__name__)

print('attributes')
f = F(-22, 8)
print(f.numerator, f.denominator, f.as_integer_ratio(), f.real, f.imag, f.conjugate())
print(type(f.real).__name__, type(f.numerator).__name__)
try:
    f.numerator = 3
except AttributeError as e:
    print('AttributeError')
try:
    f.x = 3
except AttributeError as e:
    print('AttributeError:', e)
print(isinstance(f, numbers.Rational), isinstance(f, numbers.Integral), isinstance(f, numbers.Real))
print(str(F(3)), str(F(-3, 4)), repr(F(0)), str(F(10**25, 3)))
print(F(3).__int__.__name__, F.__add__.__name__, F.__radd__.__name__, F.__divmod__.__name__,
      F.__rdivmod__.__name__, F.__rfloordiv__.__name__, F.__mod__.__name__, F.__truediv__.__name__)
print(F.__add__.__doc__, F.__rtruediv__.__doc__)

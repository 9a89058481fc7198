# fractions.Fraction: comparisons, hashing consistent with int/float, rounding, floor/ceil/
# trunc/int, limit_denominator, formatting, copying and pickling.
from fractions import Fraction as F
import math, copy, pickle, operator, sys


def show(label, fn, *args):
    try:
        r = fn(*args)
    except Exception as e:
        print('  %s -> %s: %s' % (label, type(e).__name__, e))
    else:
        print('  %s -> %r' % (label, r))


print('comparisons')
cmps = [operator.eq, operator.ne, operator.lt, operator.le, operator.gt, operator.ge]
others = [F(1, 2), F(2, 4), F(1, 3), 0, 1, True, False, 0.5, 0.25, 1e300, -1e300,
          float('inf'), float('-inf'), float('nan'), 0.5 + 0j, 0.5 + 1j, 1j, 0.1]
for a in [F(1, 2), F(-1, 3), F(0)]:
    for b in others:
        print(repr(a), repr(b), [op(a, b) if not isinstance(b, complex) or op in cmps[:2] else '-'
                                 for op in cmps],
              [op(b, a) if not isinstance(b, complex) or op in cmps[:2] else '-' for op in cmps])
print(F(1, 10) == 0.1, F(0.1) == 0.1, F(3602879701896397, 36028797018963968) == 0.1)
print(F(10**400) > 1e308, F(-10**400) < -1e308, F(10**400) == float('inf'))
for op in cmps[2:]:
    for other in ['a', None, 1j, [1]]:
        show('%s(F(1), %r)' % (op.__name__, other), op, F(1), other)
print(F(1) == 'a', F(1) != None, F(2) in [1, 2.0], sorted([F(1, 2), 0.3, F(-1), 2, F(7, 3)]))
print(max(F(1, 3), 0.33), min(F(2, 3), F(3, 5)))

print('hashing')
pairs = [(F(1, 2), 0.5), (F(-1, 2), -0.5), (F(3), 3), (F(-1), -1), (F(0), 0), (F(5, 4), 1.25),
         (F(10**30), 10**30), (F(-10**30), -10**30), (F(2**61 - 1), 2**61 - 1),
         (F(1, 2**61 - 1), None), (F(-1, 2**61 - 1), None), (F(7, 2 * (2**61 - 1)), None),
         (F(1, 3), None), (F(-2, 3), None), (F(10**20, 7), None), (F(1.1), 1.1),
         (F(1e300), 1e300), (F(5e-324), 5e-324), (F(2**60), 2.0**60)]
for f, other in pairs:
    h = hash(f)
    print(repr(f), h, other is None or h == hash(other), hash(F(f.numerator, f.denominator)) == h)
print(len({F(1, 2), 0.5, F(2, 4)}), {F(1, 2): 'a'}[0.5], {0.5: 'b'}[F(1, 2)], {2: 'c'}[F(2)])
print(hash(F(1, 2)) == hash(0.5), sys.hash_info.modulus == 2**61 - 1)

print('rounding')
for f in [F(5, 2), F(7, 2), F(-5, 2), F(-7, 2), F(1, 3), F(-2, 3), F(0), F(9, 10), F(-1, 2),
          F(1, 2), F(3, 2), F(10**20 + 1, 2)]:
    print(repr(f), round(f), type(round(f)).__name__, math.floor(f), math.ceil(f),
          math.trunc(f), int(f), f.__floor__(), f.__ceil__(), f.__trunc__())
for nd in [0, 1, 2, 3, -1, -2, -3, None]:
    print(nd, [repr(round(f, nd)) for f in [F(12345, 100), F(-12345, 100), F(12355, 1000),
                                           F(1, 3), F(25, 1), F(150), F(-250), F(5, 1000)]])
show('round(F(1,3), "a")', round, F(1, 3), 'a')
show('round(F(1,3), 1.5)', round, F(1, 3), 1.5)
show('round(F(1,3), 1, 2)', round, F(1, 3), 1, 2)
show('F(7, 2).__round__(True)', F(7, 2).__round__, True)
show('math.floor(F(-1, 10**40))', math.floor, F(-1, 10**40))
show('operator.index(F(2))', operator.index, F(2))
show('[1,2,3][F(1)]', lambda: [1, 2, 3][F(1)])
show('range(F(3))', range, F(3))
show('hex(F(3))', hex, F(3))

print('conversions')
for f in [F(1, 3), F(-2, 3), F(10**400 + 1, 10**399), F(1, 10**400), F(10**400), F(-10**400, 3),
          F(2**53 + 1), F(3, 2**1074), F(1, 2**1075), F(3, 2**1076)]:
    show('float(%s...)' % str(f)[:12], float, f)
show('complex(F(1,4))', complex, F(1, 4))
show('math.sqrt(F(9, 4))', math.sqrt, F(9, 4))
show('math.isclose(F(1,3), 1/3)', math.isclose, F(1, 3), 1 / 3)
show('math.fsum', math.fsum, [F(1, 10)] * 10)
show('sum', sum, [F(1, 10)] * 10)
show('F(1,4).conjugate()', F(1, 4).conjugate)
show('F(1,4).real', lambda: F(1, 4).real)
show('F(1,4).imag', lambda: F(1, 4).imag)
show('bool', lambda: (bool(F(0)), bool(F(1, 10**30)), bool(-F(1, 2))))

print('limit_denominator')
pi = F('3.141592653589793')
for m in [1, 2, 3, 5, 7, 10, 57, 100, 113, 1000, 10**5, 10**6, 10**7, 10**20]:
    print(m, repr(pi.limit_denominator(m)), repr((-pi).limit_denominator(m)))
print(repr(F(0.1).limit_denominator()), repr(F(1, 3).limit_denominator(3)),
      repr(F(1, 3).limit_denominator(2)), repr(F(4321, 8765).limit_denominator(10000)))
print(repr(F(3, 8).limit_denominator(5)), repr(F(5, 8).limit_denominator(5)),
      repr(F(1, 4).limit_denominator(3)), repr(F(3, 4).limit_denominator(3)),
      repr(F(7, 10).limit_denominator(1)), repr(F(-1, 2).limit_denominator(1)),
      repr(F(3, 2).limit_denominator(1)), repr(F(5, 2).limit_denominator(1)))
for bad in [0, -1, 0.5]:
    show('limit_denominator(%r)' % bad, pi.limit_denominator, bad)
show('limit_denominator("a")', pi.limit_denominator, 'a')
show('limit_denominator(2.5)', pi.limit_denominator, 2.5)

print('formatting')
for spec in ['', '>10', '<8', '^9', '*^9']:
    show('format(F(1,2), %r)' % spec, format, F(1, 2), spec)
show('format(F(1,2), ".2f")', format, F(1, 2), '.2f')
show('f-string', lambda: f'{F(-3, 4)} {F(-3, 4)!r} {F(6, 3)}')
show('%s %r', lambda: '%s %r' % (F(1, 2), F(1, 2)))
show('%d', lambda: '%d' % F(7, 2))
show('%.3f', lambda: '%.3f' % F(1, 3))

print('copy and pickle')
f = F(-3, 7)
print(copy.copy(f) is f, copy.deepcopy(f) is f, repr(f.__reduce__()))
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    g = pickle.loads(pickle.dumps(f, proto))
    print(proto, repr(g), g == f, type(g).__name__)


class G(F):
    pass
g = G(5, 3)
c, d = copy.copy(g), copy.deepcopy([g, g])
print(repr(c), c is g, type(c).__name__, d[0] is d[1], d[0] is g, repr(d[0]))
print(repr(pickle.loads(pickle.dumps(g))), repr(g.__reduce__()))

# getopt.getopt and getopt.gnu_getopt: short and long options, arguments, abbreviations,
# '--' and '-', argument ordering, POSIXLY_CORRECT, and GetoptError's messages and fields.
import getopt
import os

print(getopt.__all__, getopt.error is getopt.GetoptError, issubclass(getopt.GetoptError, Exception))


def run(fn, args, shortopts, longopts=None):
    try:
        if longopts is None:
            r = fn(args, shortopts)
        else:
            r = fn(args, shortopts, longopts)
    except getopt.GetoptError as e:
        print('  %s%r -> GetoptError(%r, opt=%r) args=%r' % (fn.__name__, (args, shortopts, longopts), e.msg, e.opt, e.args))
    except Exception as e:
        print('  %s%r -> %s: %s' % (fn.__name__, (args, shortopts, longopts), type(e).__name__, e))
    else:
        print('  %s%r -> %r' % (fn.__name__, (args, shortopts, longopts), r))


longs = ['alpha', 'beta=', 'gamma', 'gamut=', 'delta', 'delta-x', 'eps=']
cases = [
    ([], 'ab', None),
    (['-a'], 'a', None),
    (['-a', '-b', 'x'], 'ab', None),
    (['-ab', 'x'], 'ab', None),
    (['-c', 'val', 'rest'], 'c:', None),
    (['-cval', 'rest'], 'c:', None),
    (['-acval', '-b'], 'abc:', None),
    (['-ca', '-b'], 'abc:', None),
    (['-c'], 'c:', None),
    (['-a', '-c'], 'ac:', None),
    (['-x'], 'ab', None),
    (['-:'], 'a:', None),
    (['-:'], ':a', None),
    (['-a', 'file', '-b'], 'ab', None),
    (['-a', '--', '-b'], 'ab', None),
    (['--', '-a'], 'ab', None),
    (['-', '-a'], 'ab', None),
    (['-a', '-', '-b'], 'ab', None),
    (['-c', '--', '-b'], 'bc:', None),
    (['-c', '-b'], 'bc:', None),
    (['-c', ''], 'c:', None),
    (['-aa', '-a'], 'a', None),
    (['--alpha'], '', longs),
    (['--alpha=1'], '', longs),
    (['--beta', 'v', 'x'], '', longs),
    (['--beta=v', 'x'], '', longs),
    (['--beta='], '', longs),
    (['--beta=a=b'], '', longs),
    (['--beta'], '', longs),
    (['--al'], '', longs),
    (['--b', 'v'], '', longs),
    (['--b=v'], '', longs),
    (['--ga'], '', longs),
    (['--gam'], '', longs),
    (['--gamm'], '', longs),
    (['--gamu', 'v'], '', longs),
    (['--delta'], '', longs),
    (['--delt'], '', longs),
    (['--delta-'], '', longs),
    (['--zeta'], '', longs),
    (['--'], '', longs),
    (['--=x'], '', longs),
    (['--e', 'one', '--e=two'], '', longs),
    (['--alpha', 'arg', '--beta', 'v'], '', longs),
    (['-a', '--alpha', '-cV', '--beta=1', 'file1', '-b', 'file2'], 'abc:', longs),
    (['--foo'], '', 'foo'),
    (['--fo=1'], '', 'foo='),
    (['--foo'], '', ('foo', 'food')),
    (['--foo'], '', []),
    (('-a', 'x', '-b'), 'ab', None),
    (('--', 'x'), 'ab', None),
]
for args, shortopts, longopts in cases:
    run(getopt.getopt, list(args) if isinstance(args, list) else args, shortopts, longopts)
    run(getopt.gnu_getopt, list(args) if isinstance(args, list) else args, shortopts, longopts)

print('gnu ordering')
argv = ['file1', '-a', 'file2', '--alpha', '-c', 'x', 'file3', '--', '-b', 'file4']
run(getopt.gnu_getopt, argv, 'abc:', longs)
run(getopt.gnu_getopt, argv, '+abc:', longs)
run(getopt.getopt, argv, 'abc:', longs)
run(getopt.gnu_getopt, ['-', 'x', '-a'], 'a')
run(getopt.gnu_getopt, ['a', '--', 'b', '--', '-c'], 'c')
os.environ['POSIXLY_CORRECT'] = '1'
run(getopt.gnu_getopt, argv, 'abc:', longs)
os.environ['POSIXLY_CORRECT'] = ''
run(getopt.gnu_getopt, argv, 'abc:', longs)
del os.environ['POSIXLY_CORRECT']
run(getopt.gnu_getopt, argv, 'abc:', longs)

print('the original list is left alone')
argv = ['-a', 'x']
opts, rest = getopt.getopt(argv, 'a')
print(argv, opts, rest)

print('GetoptError')
e = getopt.GetoptError('bad thing')
print(repr(e), str(e), e.msg, repr(e.opt), e.args)
e = getopt.GetoptError('bad', 'x')
print(repr(e), str(e), e.msg, e.opt, e.args)
print(getopt.GetoptError.msg == '', getopt.GetoptError.opt == '')
try:
    getopt.getopt(['--nope'], '')
except getopt.error as err:
    print(type(err).__name__, err, err.opt)
try:
    getopt.getopt(['-a'], 1)
except Exception as err:
    print(type(err).__name__, err)
try:
    getopt.getopt([1], 'a')
except Exception as err:
    print(type(err).__name__, err)
try:
    getopt.gnu_getopt(['-a'], None)
except Exception as err:
    print(type(err).__name__, err)

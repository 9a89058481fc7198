import logging, sys, io, os, tempfile, warnings

def rec(msg='hello', args=(), name='n.m', level=20):
    r = logging.LogRecord(name, level, '/p/mod.py', 7, msg, args, None, 'fn')
    r.created = 1700000000.25
    r.msecs = 250.0
    return r

for fmt, style in [('{levelname}-{name}-{message!r:>10}', '{'), ('$levelname:${name}:$message', '$'),
                   ('%(levelname)-8s|%(message)s', '%'), (None, '%'), (None, '{'), (None, '$')]:
    f = logging.Formatter(fmt, style=style)
    print(repr(f.format(rec())), f.usesTime(), f._fmt)
f = logging.Formatter('%(asctime)s %(message)s', datefmt='%Y/%m/%d %H-%M %a %b %j')
f.converter = __import__('time').gmtime
print(f.usesTime(), f.format(rec()))
f = logging.Formatter('%(asctime)s %(message)s')
f.converter = __import__('time').gmtime
print(f.format(rec()))
print(logging.Formatter('{asctime}', style='{').usesTime(), logging.Formatter('$asctime', style='$').usesTime())
print(logging.Formatter('%(custom)s %(message)s', defaults={'custom': 'D'}).format(rec()))
for fmt, style in [('abc', '%'), ('{', '{'), ('{x!z}', '{'), ('{x:qq}', '{'), ('abc', '{'), ('{a b}', '{'),
                   ('abc', '$'), ('$ x', '$'), ('%(x)s', '#')]:
    try:
        logging.Formatter(fmt, style=style)
        print('ok', fmt)
    except ValueError as e:
        print('ValueError', e)
print(logging.Formatter('abc', validate=False).format(rec()))
try:
    logging.Formatter('%(nope)s').format(rec())
except ValueError as e:
    print('ValueError', e)
try:
    logging.Formatter('{nope}', style='{').format(rec())
except ValueError as e:
    print('ValueError', e)
bf = logging.BufferingFormatter()
print(repr(bf.format([rec('a'), rec('b')])), repr(bf.format([])))


# time formatting with fixed record times
import time
class UTC(logging.Formatter):
    converter = time.gmtime
for created, msecs in [(0.0, 0.0), (1700000000.999, 999.0), (951782400.5, 500.0)]:
    r = rec()
    r.created, r.msecs = created, msecs
    print(UTC('%(asctime)s|%(msecs)03d|%(message)s').format(r))
    print(UTC('{asctime} {message}', style='{', datefmt='%d/%m/%y %I%p').format(r))
    print(UTC('${asctime} $message', style='$').formatTime(r, '%H:%M:%S'))
class NoMsec(UTC):
    default_msec_format = None
    default_time_format = '%Y%m%dT%H%M%S'
print(NoMsec('%(asctime)s').format(rec()))
class Dotted(UTC):
    default_msec_format = '%s.%03d'
print(Dotted('%(asctime)s').format(rec()))

# exceptions and stacks in formatted output; exc_text is computed once
class Short(logging.Formatter):
    def formatException(self, ei):
        return 'EXC ' + ei[0].__name__ + ': ' + str(ei[1])
    def formatStack(self, s):
        return 'STACK[' + s + ']'
try:
    raise ValueError('bad value')
except ValueError:
    r = logging.LogRecord('n', 40, '/p.py', 1, 'failed', (), sys.exc_info())
print(Short().format(r))
print(r.exc_text)
r.exc_text = 'cached'
print(Short('%(message)s').format(r))
r2 = rec('ends with newline\n')
r2.stack_info = 'the stack'
print(repr(Short().format(r2)))
print(logging.Formatter().formatException(r.exc_info).splitlines()[-1])
r3 = rec(msg=42)
print(logging.Formatter().format(r3), rec('%s %s', (1, 2)).getMessage(), rec('%s', ({},)).getMessage(), rec('%(a)s %%', ({'a': 1},)).getMessage())

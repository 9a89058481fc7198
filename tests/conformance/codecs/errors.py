# codecs.register_error / lookup_error and the builtin error handlers
import codecs

e = UnicodeEncodeError('ascii', 'a\xe9\u20ac\U0001f600b', 1, 4, 'x')
for h in ['strict_errors', 'ignore_errors', 'replace_errors', 'backslashreplace_errors',
          'xmlcharrefreplace_errors', 'namereplace_errors']:
    try:
        print(h, getattr(codecs, h)(e))
    except Exception as ex:
        print(h, type(ex).__name__, ex)
d = UnicodeDecodeError('utf-8', b'a\xff\xfeb', 1, 3, 'x')
for h in ['ignore_errors', 'replace_errors', 'backslashreplace_errors', 'xmlcharrefreplace_errors',
          'namereplace_errors']:
    try:
        print(h, getattr(codecs, h)(d))
    except Exception as ex:
        print(h, type(ex).__name__, ex)
t = UnicodeTranslateError('a\xe9\u20acb', 1, 3, 'x')
for h in ['ignore_errors', 'replace_errors', 'backslashreplace_errors', 'xmlcharrefreplace_errors',
          'namereplace_errors']:
    try:
        print(h, getattr(codecs, h)(t))
    except Exception as ex:
        print(h, type(ex).__name__, ex)
for h in ['strict_errors', 'ignore_errors', 'replace_errors', 'backslashreplace_errors']:
    try:
        getattr(codecs, h)(1)
    except Exception as ex:
        print(h, type(ex).__name__, ex)
for name in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace']:
    print(name, codecs.lookup_error(name) is getattr(codecs, name + '_errors'))
print(codecs.lookup_error('surrogateescape')(UnicodeDecodeError('utf-8', b'a\xff', 1, 2, 'r')))
print(codecs.lookup_error('surrogateescape')(UnicodeEncodeError('ascii', 'a\udcff', 1, 2, 'r')))
print(codecs.lookup_error('surrogatepass')(UnicodeEncodeError('utf-8', 'a\ud800', 1, 2, 'r')))
for f in [lambda: codecs.lookup_error('x'), lambda: codecs.register_error('x', 1),
          lambda: codecs.lookup_error(3), lambda: codecs.register_error(3, print)]:
    try:
        f()
    except Exception as ex:
        print(type(ex).__name__, ex)


def mark(exc):
    return ('[%s %d:%d]' % (type(exc).__name__, exc.start, exc.end), exc.end)


codecs.register_error('mark', mark)
print(codecs.lookup_error('mark') is mark)
print('a\xe9\xe9b'.encode('ascii', 'mark'), b'a\xff\xfeb'.decode('utf-8', 'mark'),
      codecs.decode(b'\x80', 'ascii', 'mark'), codecs.encode('\u20ac', 'latin-1', 'mark'))
print('x\u20acy'.encode('cp437', 'mark'), b'a\xffb'.decode('utf-16-le', 'mark'))


def skip2(exc):
    return ('?', exc.start + 2)


codecs.register_error('skip2', skip2)
print('\xe9\xe9\xe9abc'.encode('ascii', 'skip2'))


def bad(exc):
    return 'bad'


codecs.register_error('bad', bad)
try:
    '\xe9'.encode('ascii', 'bad')
except TypeError as ex:
    print(ex)
try:
    b'\xff'.decode('ascii', 'bad')
except TypeError as ex:
    print(ex)
codecs.register_error('mark', lambda exc: ('<%d>' % exc.start, exc.end))
print('\xe9'.encode('ascii', 'mark'))
print('x\udcffy'.encode('utf-8', 'surrogateescape'), ascii(b'x\xffy'.decode('ascii', 'surrogateescape')))

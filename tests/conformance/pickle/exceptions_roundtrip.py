# Exceptions pickle through BaseException.__reduce__ (and the OSError, ImportError variants).
import pickle

excs = [
    ValueError('x', 1), KeyError('k'), OSError(2, 'No such file', 'f.txt'),
    OSError(2, 'msg', 'a', None, 'b'), StopIteration(5), SystemExit(3),
    SyntaxError('msg', ('f', 1, 2, 't', 1, 3)), UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'bad'),
    ImportError('m', name='n', path='p'), ImportError(), BlockingIOError(11, 'busy', 5),
]
e = ValueError('with attr')
e.extra = [1, 2]
excs.append(e)
for exc in excs:
    print(repr(exc), exc.__reduce__())
    for proto in (0, 2, 4):
        data = pickle.dumps(exc, proto)
        back = pickle.loads(data)
        print(' ', proto, type(back).__name__, back.args, str(back) == str(exc),
              back.__dict__ == exc.__dict__)
        if proto == 4:
            print('   ', data)
ie = pickle.loads(pickle.dumps(ImportError('m', name='n', path='p')))
print(ie.name, ie.path, ie.msg)
oe = pickle.loads(pickle.dumps(OSError(2, 'msg', 'a', None, 'b')))
print(oe.errno, oe.strerror, oe.filename, oe.filename2, str(oe))

import logging, sys, io

print(logging.getLevelName(10), logging.getLevelName('INFO'), logging.getLevelName(15), logging.getLevelName('foo'), logging.getLevelName('WARN'))
logging.addLevelName(15, 'VERBOSE')
print(logging.getLevelName(15), logging.getLevelName('VERBOSE'))
for bad in ['NOPE', 1.5, None]:
    try:
        logging.getLogger('x').setLevel(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

log = logging.getLogger('app')
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter('%(levelname)s|%(name)s|%(filename)s|%(module)s|%(lineno)d|%(funcName)s|%(message)s'))
log.addHandler(h)
log.setLevel(logging.DEBUG)
log.debug('hello %s', 'world')
def f():
    log.info('in f %d', 3)
    log.log(15, 'verbose')
f()
log.warning('%(a)s and %(b)s', {'a': 1, 'b': 2})
log.error('tuple %s', (1, 2))
child = logging.getLogger('app.sub.x')
print(child.parent.name, child.getEffectiveLevel())
mid = logging.getLogger('app.sub')
print(child.parent.name, mid.parent.name)
child.critical('from child')
child.propagate = False
child.critical('not shown')
print(log.getChild('c').name, logging.getLogger().getChild('z').name)
print(repr(log), repr(logging.getLogger()), repr(h) if False else '')
print(logging.getLogger() is logging.root, logging.getLogger('root') is logging.root)
try:
    logging.getLogger(3)
except TypeError as e:
    print(e)
def g():
    log.info('stacklevel', stacklevel=2)
def caller():
    g()
caller()
try:
    1/0
except ZeroDivisionError:
    log.exception('boom')
log.info('with exc_info', exc_info=ValueError('v'))
log.info('extra %(foo)s', extra={'foo': 1})
try:
    log.info('x', extra={'msg': 1})
except KeyError as e:
    print('KeyError', e)
try:
    log.info('x', extra={'message': 1})
except KeyError as e:
    print('KeyError', e)
log.info('stack', stack_info=True)
print(log.isEnabledFor(5), log.isEnabledFor(10))
logging.disable(logging.INFO)
log.info('disabled')
log.warning('enabled')
logging.disable(logging.NOTSET)
log.info('back')
try:
    log.log('INFO', 'x')
except TypeError as e:
    print(e)
r = logging.LogRecord('n', 20, '/a/b/c.py', 5, 'm %s', ('x',), None)
print(r, r.getMessage(), r.filename, r.module, r.funcName, r.levelname, r.args, r.exc_text, r.stack_info, r.processName, r.threadName)
r2 = logging.makeLogRecord({'msg': 'hi', 'levelno': 5})
print(r2.msg, r2.levelno, r2.name, r2.getMessage())

import logging, sys, io, warnings, pickle

for kw in [dict(stream=sys.stdout, filename='x'), dict(handlers=[], stream=sys.stdout), dict(style='?'), dict(bogus=1, other=2)]:
    try:
        logging.basicConfig(**kw)
    except ValueError as e:
        print('ValueError', e)
print(logging.root.handlers)
logging.root.handlers.clear()
logging.basicConfig(stream=sys.stdout, level='INFO', format='{levelname}:{name}:{message}:{funcName}', style='{')
print(logging.root.level, logging.root.handlers)
logging.basicConfig(stream=sys.stderr, level='DEBUG')   # no effect: root has handlers
print(logging.root.level)
def fn():
    logging.info('module %s', 'info')
    logging.debug('hidden')
    logging.warning('w')
    logging.error('e')
    logging.critical('c')
    logging.fatal('f')
    logging.log(25, 'custom')
fn()
try:
    {}['k']
except KeyError:
    logging.exception('caught')
logging.basicConfig(stream=sys.stdout, force=True, format='%(levelname)s %(message)s', level=logging.DEBUG)
print(len(logging.root.handlers))
logging.debug('after force')
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    logging.warn('deprecated fn')
    logging.getLogger('q').warn('deprecated meth')
    print([str(x.message) for x in w], [x.category.__name__ for x in w])

# placeholders
a = logging.getLogger('p.q.r')
b = logging.getLogger('p.q.s')
print(a.parent is logging.root, type(logging.Logger.manager.loggerDict['p.q']).__name__)
pq = logging.getLogger('p.q')
print(a.parent is pq, b.parent is pq, pq.parent is logging.root)
p = logging.getLogger('p')
print(pq.parent is p, a.parent is pq)
p.setLevel(logging.ERROR)
print(a.getEffectiveLevel(), a.isEnabledFor(logging.WARNING), a.isEnabledFor(logging.ERROR))
print(p.hasHandlers(), logging.getLogger('zz').hasHandlers())
p.propagate = False
print(a.hasHandlers())

class MyLogger(logging.Logger):
    pass
logging.setLoggerClass(MyLogger)
print(type(logging.getLogger('mine')).__name__, logging.getLoggerClass().__name__)
logging.setLoggerClass(logging.Logger)
try:
    logging.setLoggerClass(int)
except TypeError as e:
    print(e)

ad = logging.LoggerAdapter(logging.getLogger('adp'), {'user': 'bob'})
hh = logging.StreamHandler(sys.stdout)
hh.setFormatter(logging.Formatter('%(user)s %(funcName)s %(lineno)d %(message)s'))
ad.logger.addHandler(hh)
ad.logger.propagate = False
def inner():
    ad.warning('adapted %d', 5)
inner()
print(repr(ad), ad.name, ad.isEnabledFor(10))

print(pickle.loads(pickle.dumps(logging.getLogger('p.q'))) is pq, pickle.loads(pickle.dumps(logging.root)) is logging.root)
print(logging.getLevelNamesMapping()['WARN'])
logging.captureWarnings(True)
warnings.warn('captured!')
logging.captureWarnings(False)
print(logging.StreamHandler[int])
print(sorted(logging.__all__) == sorted(set(logging.__all__)))

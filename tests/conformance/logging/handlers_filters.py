import logging, sys, io, os, tempfile

# filters
log = logging.getLogger('a')
out = io.StringIO()
h = logging.StreamHandler(out)
log.addHandler(h)
h.addFilter(logging.Filter('a.b'))
for n in ['a', 'a.b', 'a.bc', 'a.b.c']:
    logging.getLogger(n).warning('from %s', n)
print(repr(out.getvalue()))
h.filters.clear()
log.addFilter(lambda r: 'skip' not in r.msg)
log.warning('skip me'); log.warning('keep me')
print(repr(out.getvalue()))
print(logging.Filter('').filter(rec()), logging.Filter('n').filter(rec()), logging.Filter('n.m.x').filter(rec()))
h.setLevel('ERROR')
log.warning('low'); log.error('high')
print(repr(out.getvalue()), repr(h), h.level)
h.terminator = ' END\n'
log.error('term')
old = h.setStream(sys.stdout)
print(old is out, h.setStream(sys.stdout))
log.error('to stdout')
print(repr(logging.StreamHandler(sys.stdout)), repr(logging.NullHandler()), repr(logging.Handler()))
h.name = 'myh'
print(h.name, h.get_name())
try:
    logging.Handler().emit(rec())
except NotImplementedError as e:
    print(e)
log.removeHandler(h)
# handleError
bad = logging.getLogger('bad')
bad.addHandler(logging.StreamHandler(sys.stdout))
bad.propagate = False
err = io.StringIO()
sys.stderr = err
bad.error('%d', 'notanint')
def deeper():
    bad.warning('%s %s', 'one')
deeper()
logging.raiseExceptions = False
bad.error('%d', 'ignored')
logging.raiseExceptions = True
sys.stderr = sys.__stderr__
lines = err.getvalue().splitlines()
# the logging frames' paths differ from CPython's: print the lines that name no file of logging
print('\n'.join(l for l in lines if '__init__.py' not in l and not l.startswith('    ')))

# lastResort
lr = logging.getLogger('lr')
sys.stderr = sys.stdout
lr.warning('last %s', 'resort')
lr.info('not shown')
print(logging.lastResort, logging.lastResort.level)
sys.stderr = sys.__stderr__
# FileHandler
d = tempfile.mkdtemp()
p = os.path.join(d, 'x.log')
fh = logging.FileHandler(p, mode='w', delay=True)
print(fh.stream, fh.mode, fh.encoding, fh.baseFilename == p, repr(fh) == '<FileHandler %s (NOTSET)>' % p)
fl = logging.getLogger('file')
fl.addHandler(fh)
fl.warning('line1')
fl.error('line2 %s', 'x')
fh.close()
print(fh.stream)
with open(p) as f: print(repr(f.read()))
fh2 = logging.FileHandler(p)
fl.removeHandler(fh); fl.addHandler(fh2)
fl.warning('appended')
fh2.close()
with open(p) as f: print(repr(f.read()))
os.remove(p); os.rmdir(d)

# Where records say they come from: findCaller skips logging's own frames; stacklevel goes
# further out; stack_info adds the stack.
import logging
import sys

log = logging.getLogger('fc')
log.propagate = False
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter('%(funcName)s:%(lineno)d:%(module)s:%(filename)s %(message)s'))
log.addHandler(h)


def helper(msg, level=1):
    log.warning(msg, stacklevel=level)


def outer():
    helper('level 1')
    helper('level 2', 2)
    helper('level 3', 3)
    helper('level 99', 99)


outer()


class Service:
    def run(self):
        log.warning('in method')
        [log.warning('in comprehension %d', i) for i in range(2)]
        (lambda: log.warning('in lambda'))()

    @property
    def prop(self):
        log.error('in property')
        return 1


Service().run()
Service().prop

ad = logging.LoggerAdapter(log, {})


def via_adapter():
    ad.warning('adapter call')
    ad.log(logging.ERROR, 'adapter log')


via_adapter()


def gen():
    log.warning('in generator')
    yield 1


list(gen())

r = log.makeRecord('x', 10, 'f.py', 3, 'm', (), None)
print(r.funcName, r.lineno, r.filename, r.module)
print(log.findCaller()[1:3])


def with_stack():
    log.warning('stack follows', stack_info=True)


with_stack()
h.setFormatter(logging.Formatter('%(message)s|%(stack_info)s'))
log.warning('no stack')
log.warning('stack, level 2', stack_info=True, stacklevel=2)


def exc_variants():
    try:
        raise KeyError('k')
    except KeyError as e:
        err = e
        info = sys.exc_info()
    h.setFormatter(logging.Formatter('%(message)s exc_text=%(exc_text)s'))
    log.warning('instance', exc_info=err)
    log.warning('tuple', exc_info=info)
    log.warning('true but nothing handled', exc_info=True)
    log.warning('false', exc_info=False)


exc_variants()

import sys
# full tracebacks through generators: throw(), yield from, PEP 479 and close(), printed by excepthook
class _Relative:
    def write(self, text):
        sys.stdout.write(text.replace(__file__, "<case>"))
    def flush(self):
        sys.stdout.flush()
sys.stderr = _Relative()

def report(fn):
    try:
        fn()
    except BaseException:
        sys.excepthook(*sys.exc_info())
    print("-" * 20)

def sub():
    yield 1
    yield 2

def outer():
    x = yield from sub()
    return x

def throw_through():
    g = outer()
    next(g)
    g.throw(ValueError("thrown"))
report(throw_through)

def throw_unstarted():
    g = sub()
    g.throw(KeyError("early"))
report(throw_unstarted)

def stopper():
    yield 1
    raise StopIteration("bad")
report(lambda: list(stopper()))

def in_handler():
    try:
        yield 1
    except ValueError:
        yield 2
def throw_twice():
    g = in_handler()
    next(g)
    g.throw(ValueError("first"))
    g.throw(TypeError("second"))
report(throw_twice)

def refuses():
    try:
        yield 1
    finally:
        yield 2
def close_refused():
    g = refuses()
    next(g)
    g.close()
report(close_refused)

def raise_in_genexp():
    return list(1 // x for x in [1, 0])
report(raise_in_genexp)

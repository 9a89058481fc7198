"""Ctrl-C handling for test runs (unittest -c): without a signal module, results are only
registered; installHandler() is then a no-op."""

from functools import wraps

__unittest = True

_results = []


def registerResult(result):
    for r in _results:
        if r is result:
            return
    _results.append(result)


def removeResult(result):
    for i, r in enumerate(_results):
        if r is result:
            del _results[i]
            return True
    return False


_interrupt_handler = None


class _InterruptHandler(object):
    def __init__(self, default_handler):
        self.called = False
        self.original_handler = default_handler
        self.default_handler = default_handler

    def __call__(self, signum, frame):
        if self.called:
            self.default_handler(signum, frame)
        self.called = True
        for result in list(_results):
            result.stop()


def installHandler():
    global _interrupt_handler
    if _interrupt_handler is not None:
        return
    try:
        import signal
    except ImportError:
        return
    default_handler = signal.getsignal(signal.SIGINT)
    _interrupt_handler = _InterruptHandler(default_handler)
    signal.signal(signal.SIGINT, _interrupt_handler)


def removeHandler(method=None):
    if method is not None:
        @wraps(method)
        def inner(*args, **kwargs):
            removeHandler()
            return method(*args, **kwargs)
        return inner
    global _interrupt_handler
    if _interrupt_handler is not None:
        try:
            import signal
            signal.signal(signal.SIGINT, _interrupt_handler.original_handler)
        except ImportError:
            pass

import sys
# repeated frames are collapsed ("[Previous line repeated N more times]")
class _Relative:
    def write(self, text):
        sys.stdout.write(text.replace(__file__, "<case>"))
    def flush(self):
        sys.stdout.flush()
sys.stderr = _Relative()
def countdown(n):
    if n == 0:
        raise ValueError("bottom reached")
    return countdown(n - 1)
def report(fn, *args):
    try:
        fn(*args)
    except Exception:
        sys.excepthook(*sys.exc_info())
report(countdown, 2)
report(countdown, 3)
report(countdown, 30)
def ping(n):
    if n == 0:
        raise KeyError("ping")
    return pong(n - 1)
def pong(n):
    return ping(n)
report(ping, 20)
sys.setrecursionlimit(60)
def forever():
    return forever()
report(forever)

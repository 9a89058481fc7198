# Parked (leading underscore: the harness skips it) until the warnings module installs hooks.warn.
# 3.11's DeprecationWarnings in int() and float() (printed to stderr; the values still come back)
class IntSub(int):
    pass
class ReturnsSub:
    def __int__(self):
        return IntSub(3)
class TruncFloat:
    def __trunc__(self):
        return 1.5
class WithIndex:
    def __index__(self):
        return 7
class TruncIndex:
    def __trunc__(self):
        return WithIndex()
class FSub(float):
    pass
class FRetSub:
    def __float__(self):
        return FSub(1.25)
def t(label, f):
    try:
        r = f()
        print(label, type(r).__name__, repr(r))
    except Exception as e:
        print(label, "!", type(e).__name__, e)
t("int(ReturnsSub())", lambda: int(ReturnsSub()))
t("int(TruncFloat())", lambda: int(TruncFloat()))
t("int(TruncIndex())", lambda: int(TruncIndex()))
t("float(FRetSub())", lambda: float(FRetSub()))

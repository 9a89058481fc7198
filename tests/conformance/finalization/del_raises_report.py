import sys
def _noaddr(text):
    out = []
    for part in text.split(" at 0x"):
        if out:
            i = 0
            while i < len(part) and part[i] in "0123456789abcdef":
                i += 1
            part = "?" + part[i:]
        out.append(part)
    return " at 0x".join(out)
# the exact text of an unraisable report from __del__, with the file path replaced
class _Relative:
    def write(self, text):
        sys.stdout.write(_noaddr(text.replace(__file__, "<case>")))
    def flush(self):
        pass
sys.stderr = _Relative()

class C:
    def __del__(self):
        raise ValueError("boom")
c = C()
del c
print("--")

class D:
    def __del__(self):
        helper()
def helper():
    1 / 0
d = D()
d = None
print("--")

class E:
    def __del__(self):
        try:
            raise KeyError("inner")
        except KeyError:
            raise OSError("chained")
e = E()
del e
print("--")
def g():
    try:
        yield
    finally:
        raise IndexError("in generator finally")
gen = g()
next(gen)
gen = None
print("end")

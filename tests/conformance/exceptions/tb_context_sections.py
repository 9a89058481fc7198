import sys
# "During handling" vs "direct cause" sections, suppressed context, and an exception in finally
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
def implicit():
    try:
        [][0]
    except IndexError:
        {}["k"]
def explicit():
    try:
        [][0]
    except IndexError as e:
        raise ValueError("explicit") from e
def suppressed():
    try:
        [][0]
    except IndexError:
        raise ValueError("suppressed") from None
def in_finally():
    try:
        raise KeyError("try")
    finally:
        raise OSError(2, "No such file or directory")
def with_notes():
    e = TypeError("noted")
    e.add_note("a note")
    e.add_note("second\nmultiline note")
    raise e
class StrFails(Exception):
    def __str__(self):
        raise RuntimeError("no str")
def bad_str():
    raise StrFails("x")
def empty_str():
    raise ValueError("")
def custom_module():
    class Local(Exception):
        pass
    Local.__module__ = "some.module"
    raise Local("custom module")
for fn in [implicit, explicit, suppressed, in_finally, with_notes, bad_str, empty_str, custom_module]:
    report(fn)

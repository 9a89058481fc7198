import sys
# carets for an expression spanning several lines, and for calls/subscripts/attributes
class _Relative:
    def write(self, text):
        sys.stdout.write(text.replace(__file__, "<case>"))
    def flush(self):
        sys.stdout.flush()
sys.stderr = _Relative()
def divide(a, b):
    return a / b
def attr_fail(obj):
    return obj.missing_attribute
def sub_fail(d):
    return d["a"]["b"]["c"]
def report(fn, *args):
    try:
        fn(*args)
    except Exception:
        sys.excepthook(*sys.exc_info())
report(attr_fail, 5)
report(sub_fail, {"a": {"b": {}}})
report(divide, 1, 0)
values = [1, 2, 0]
total = (
    values[0]
    + values[1]
    / values[2]
)

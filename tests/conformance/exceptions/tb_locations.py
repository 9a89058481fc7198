import sys
# traceback entries for lambdas, comprehensions, class bodies, methods and decorators
class _Relative:
    def write(self, text):
        sys.stdout.write(text.replace(__file__, "<case>"))
    def flush(self):
        sys.stdout.flush()
sys.stderr = _Relative()
def report(fn):
    try:
        fn()
    except Exception:
        sys.excepthook(*sys.exc_info())
    print("---")
report(lambda: [1 / x for x in (1, 0)])
report(lambda: {k: v for k, v in [(1, 2), (3,)]})
def in_class_body():
    class C:
        value = int("not a number")
report(in_class_body)
class K:
    def method(self):
        return self.helper(
            1,
            2,
        )
    def helper(self, a, b):
        return a + "b"
report(lambda: K().method())
def deco(f):
    def wrapper(*a):
        return f(*a)
    return wrapper
@deco
def decorated():
    raise LookupError("inside decorated")
report(decorated)
def gen():
    yield 1
    raise StopIteration("explicit")
report(lambda: list(gen()))
def nested_data():
    data = {"users": [{"name": "a", "roles": None}]}
    return data["users"][0]["roles"][0]
report(nested_data)
def long_args():
    return max(
        [],
    )
report(long_args)
report(lambda: (lambda: (lambda: 1 / 0)())())

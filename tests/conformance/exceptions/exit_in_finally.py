import sys
# SystemExit raised in finally replaces the pending exception; code from args
def f():
    try:
        raise ValueError("lost")
    finally:
        print("finally raising SystemExit")
        sys.exit(7)
try:
    f()
except SystemExit as e:
    print("caught", e.code, repr(e), e.args, repr(e.__context__))
# SystemExit attributes
for args in [(), (None,), (3,), ("text",), (1, 2)]:
    e = SystemExit(*args)
    print(args, repr(e.code))
# an object code: printed to stderr, exit status 1
class Code:
    def __str__(self):
        return "custom code object"
print("about to exit")
raise SystemExit(Code())

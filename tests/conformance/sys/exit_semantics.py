import sys
# SystemExit is an ordinary exception until it reaches the top level
for arg in [(), (0,), (3,), ("message",), (None,), ((1, 2),), (True,)]:
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print(repr(arg), "->", repr(e.code), e.args)
try:
    sys.exit(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print("two args code", e.code)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
try:
    try:
        sys.exit(5)
    except Exception:
        print("not caught by except Exception")
except SystemExit as e:
    print("caught as SystemExit", e.code)
def f():
    try:
        sys.exit(2)
    finally:
        print("finally runs on sys.exit")
try:
    f()
except SystemExit:
    pass
e = SystemExit()
e.code = 9
print(e.code, e.args)
print(exit.__class__.__name__ if hasattr(__builtins__, "exit") or "exit" in dir(__builtins__) else "no exit")
# exit status from a top-level SystemExit with a string: printed to stderr, status 1
sys.exit("bye: final message")

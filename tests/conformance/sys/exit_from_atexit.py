import atexit
import sys
def handler():
    print("handler raising SystemExit(5)")
    sys.exit(5)
def earlier():
    print("registered first, runs last")
atexit.register(earlier)
atexit.register(handler)
print("main done")

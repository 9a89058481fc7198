import sys
import atexit
atexit.register(lambda: print("atexit runs"))
try:
    raise ValueError("replaced")
finally:
    print("finally")
    sys.exit(4)

import sys
try:
    sys.exit("message to stderr")
finally:
    print("finally runs before exiting")

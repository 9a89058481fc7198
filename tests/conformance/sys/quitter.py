import sys
print(repr(exit), repr(quit), type(exit).__module__, exit.name, exit.eof, type(exit).__qualname__)
try:
    exit(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    quit(7)
except SystemExit as e:
    print("code", e.code, e.args)
try:
    exit()
except SystemExit as e:
    print("code", e.code, e.args)
print(sys.stdin.closed)
exit("leaving through exit()")

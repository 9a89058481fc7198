import sys
print(repr(sys.stdin.readline()), repr(sys.stdin.read()), sys.stdin.readlines())
print(list(sys.stdin))
for line in sys.stdin:
    print("never")
try:
    input("prompt: ")
except EOFError as e:
    print()
    print(type(e).__name__, e)
print(sys.stdin.readable(), sys.stdin.writable(), sys.stdin.mode)

import sys
print()
print("a", "b", 1, None)
print("a", "b", sep="-")
print("a", "b", sep="", end="|\n")
print("no newline", end="")
print()
print(sep=None, end=None)
print("x", sep=None)
print("multi", "sep", sep=" :: ")
try:
    print("x", sep=1)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", end=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    print("x", foo=1)
except TypeError as e:
    print(type(e).__name__, e)
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
w = W()
print("to", "writer", file=w)
print("flush", file=w, flush=False)
print(w.parts)
class F(W):
    def flush(self):
        self.parts.append("<flush>")
f = F()
print("flushed", file=f, flush=True)
print(f.parts)
print("to None file", file=None)
try:
    print("x", file=1)
except AttributeError as e:
    print(type(e).__name__, e)
class S:
    def __str__(self):
        return "custom str"
print(S(), [S()] == [], 1.0, 2**70, -0.0, 1e22, "tab\tx")
sys.stdout.write("direct\n")
print(sys.stdout.write("count me\n"))
print(*[1, 2, 3])
print(*"abc", sep=",")
# input() with an empty stdin raises EOFError
try:
    input()
except EOFError as e:
    print(type(e).__name__, e)
try:
    input("prompt> ")
except EOFError as e:
    print()
    print(type(e).__name__, e)
try:
    input("a", "b")
except TypeError as e:
    print(type(e).__name__, e)

import sys
n = sys.stdout.write("abc\n")
print(n, type(n).__name__)
print(sys.stdout.write(""), sys.stdout.write("é\n"))
try:
    sys.stdout.write(b"bytes")
except TypeError as e:
    print(type(e).__name__, e)
try:
    sys.stdout.write()
except TypeError as e:
    print(type(e).__name__, e)
print(sys.stdout.writable(), sys.stdout.readable(), sys.stdin.readable())
print(sys.stderr.errors)
print(sys.stdout.name, sys.stderr.name, sys.stdin.name)
print(sys.stdout.isatty(), sys.stdin.isatty())
print(sys.stdout.fileno(), sys.stderr.fileno(), sys.stdin.fileno())
print(sys.stdout.flush())
print(sys.stdin.read(), repr(sys.stdin.readline()), sys.stdin.readlines())
print(type(sys.stdout).__name__, sys.stdout.buffer is sys.stdout.buffer)
sys.stdout.buffer.write(b"raw bytes\n")
sys.stdout.flush()
class Capture:
    def __init__(self):
        self.data = []
    def write(self, s):
        self.data.append(s)
        return len(s)
    def flush(self):
        pass
old = sys.stdout
sys.stdout = cap = Capture()
print("captured", 1, 2)
print("second", end="")
sys.stdout = old
print(cap.data)
sys.stderr.write("to stderr\n")
print("stderr write returns", sys.stderr.write("x\n"))
old_err = sys.stderr
sys.stderr = Capture()
try:
    import warnings
    warnings.warn("a warning")
except Exception:
    pass
sys.stderr = old_err
print(sys.__stdout__ is old, sys.stdout is old)
sys.stdout = None
print("lost")
sys.stdout = old
print("back")

import os
from _check import check
path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "_open_file_tmp.txt")
with open(path, "w") as f:
    print(type(f).__name__, f.mode, f.name == path, f.closed)
    print(f.write("line one\n"), f.write("línea dos\n"))
    print("third", file=f)
print(f.closed)
with open(path) as f:
    print(f.read())
with open(path, "r", encoding="utf-8") as f:
    print(f.readline(), end="")
    print(f.readlines())
with open(path, "rb") as f:
    data = f.read()
    print(type(f).__name__, len(data), data[:12])
with open(path, "a") as f:
    f.write("appended\n")
with open(path) as f:
    print([line.rstrip("\n") for line in f])
with open(path, "r+") as f:
    f.write("LINE")
    f.seek(0)
    print(f.read(8))
check("bad mode", lambda: open(path, "rw"))
check("bad mode char", lambda: open(path, "z"))
check("binary with encoding", lambda: open(path, "rb", encoding="utf-8"))
check("missing file", lambda: open(path + ".missing"))
check("missing errno", lambda: (lambda: None)() or __import__("errno").ENOENT)
try:
    open(path + ".missing")
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename == path + ".missing")
check("open dir", lambda: open(os.path.dirname(path)))
check("bad type", lambda: open(3.5))
check("bad buffering", lambda: open(path, "r", buffering=0))
f = open(path)
f.close()
check("read closed", lambda: f.read())
check("closed repr", lambda: f.closed)
with open(path, "w", newline="") as f:
    f.write("a\r\nb\n")
with open(path, "rb") as f:
    print(f.read())
with open(path) as f:
    print(repr(f.read()))
with open(path, newline="") as f:
    print(repr(f.read()))
os.remove(path)
print(os.path.exists(path))

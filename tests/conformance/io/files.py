import io, os

def t(f):
    try:
        r = f()
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

name = "_io_files_tmp.txt"
with open(name, "w") as f:
    print(f.write("line1\nline2\r\nline3\rline4"), f.mode, f.name, f.encoding, f.closed)
    print(f.writable(), f.readable(), f.seekable())
print(f.closed)
with open(name) as f:
    print(f.read())
with open(name, newline="") as f:
    print(f.readlines(), f.newlines)
with open(name) as f:
    print(f.readlines(), f.newlines)
with open(name, "rb") as f:
    print(f.read(), type(f).__name__, f.mode)
with open(name, "rb", buffering=0) as f:
    print(f.read(4), type(f).__name__, f.mode, f.tell())
with open(name, "a") as f:
    f.write("\nappended\n")
with open(name, encoding="utf-8") as f:
    for i, line in enumerate(f):
        print(i, repr(line))
with open(name, "r+") as f:
    print(repr(f.read(5)), f.tell())
    f.seek(0)
    f.write("LINE")
    f.seek(0)
    print(repr(f.readline()))
with open(name, "w", encoding="utf-8") as f:
    f.write("héllo wörld ✓\n")
with open(name, "rb") as f:
    print(f.read())
with open(name, encoding="latin-1") as f:
    print(repr(f.read()))
with open(name, encoding="ascii", errors="replace") as f:
    print(repr(f.read()))
t(lambda: open(name, encoding="ascii").read())
with open(name, "wb") as f:
    f.write(b"\xff\xfeabc")
t(lambda: open(name).read())
with open(name, errors="surrogateescape") as f:
    print(repr(f.read()))
with open(name, "w") as f:
    f.write("x")
t(lambda: open(name, "x"))
t(lambda: open("_nonexistent_dir/x"))
t(lambda: open("."))
t(lambda: open(name, "rw"))
t(lambda: open(name, "rr"))
t(lambda: open(name, "b"))
t(lambda: open(name, "rbt"))
t(lambda: open(name, "rb", encoding="utf-8"))
t(lambda: open(name, "rb", newline=""))
t(lambda: open(name, "r", newline="x"))
t(lambda: open(name, "r", encoding="bogus"))
t(lambda: open(name, "r", buffering=0))
t(lambda: open(1.5))
t(lambda: open(name, 5))
f = open(name, "w")
t(f.read)
t(lambda: f.write(5))
t(lambda: f.seek(1, 1))
t(lambda: f.seek(0, 5))
f.close()
t(f.read)
t(lambda: f.write("x"))
t(f.fileno)
t(f.close)
f = open(name, "rb")
t(lambda: f.write(b"x"))
t(lambda: f.read(-2))
f.close()
try:
    open("_nonexistent_file")
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename, e.args)
# large file in chunks
with open(name, "w") as f:
    for i in range(3000):
        f.write(f"{i} {'é' * (i % 7)}\n")
with open(name) as f:
    n = 0
    total = 0
    for line in f:
        n += 1
        total += len(line)
print(n, total, os.path.getsize(name))
with open(name) as f:
    f.readline()
    pos = f.tell()
    a = f.readline()
    f.seek(pos)
    print(a == f.readline(), pos)
with open(name, "rb") as f:
    f.seek(-10, 2)
    print(f.read(), f.tell())
with open(name, "w+b") as f:
    f.write(b"0123456789")
    f.seek(3)
    print(f.read(2), f.tell())
    f.write(b"XX")
    f.seek(0)
    print(f.read())
    print(f.truncate(4), f.tell())
    f.seek(0)
    print(f.read())
os.remove(name)
print(os.path.exists(name))

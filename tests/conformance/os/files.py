import os
import tempfile
import shutil
import glob

base = tempfile.mkdtemp(prefix="pf_case_")
os.chdir(base)
os.makedirs("d1/d2", exist_ok=True)
os.makedirs("d1/d2", exist_ok=True)
try:
    os.makedirs("d1")
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
with open("d1/d2/f.txt", "w") as f:
    f.write("hello world\n")
fd = os.open("d1/g.bin", os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(os.write(fd, b"0123456789"))
os.close(fd)
fd = os.open("d1/g.bin", os.O_RDONLY)
print(os.read(fd, 3), os.lseek(fd, 5, os.SEEK_SET), os.read(fd, 100), os.read(fd, 10), os.lseek(fd, -2, os.SEEK_END), os.read(fd, 5))
os.close(fd)
try:
    os.close(fd)
except OSError as e:
    print(type(e).__name__, e.errno)
st = os.stat("d1/g.bin")
print(st.st_size, len(st), st[6], type(st).__name__, isinstance(st.st_mtime, float), isinstance(st.st_mtime_ns, int))
print(os.path.getsize("d1/d2/f.txt"), os.path.isfile("d1/d2/f.txt"), os.path.isdir("d1/d2"), os.path.exists("nope"), os.path.lexists("d1"))
for t in os.walk("d1"):
    print(t[0], sorted(t[1]), sorted(t[2]))
for t in os.walk("d1", topdown=False):
    print(t[0], sorted(t[1]), sorted(t[2]))
with os.scandir("d1") as it:
    entries = sorted(it, key=lambda e: e.name)
print([(e.name, e.path, e.is_dir(), e.is_file(), e.is_symlink()) for e in entries], repr(entries[0]))
print(sorted(os.listdir("d1")), sorted(os.listdir(b"d1")))
os.rename("d1/g.bin", "d1/h.bin")
os.replace("d1/h.bin", "d1/i.bin")
print(sorted(os.listdir("d1")))
for fn, args in [(os.stat, ("missing",)), (os.remove, ("missing",)), (os.rmdir, ("d1",)), (os.mkdir, ("d1",)),
                 (os.listdir, ("missing",)), (os.rename, ("missing", "x")), (os.chdir, ("missing",)), (open, ("d1",)),
                 (os.rmdir, ("d1/i.bin",))]:
    try:
        fn(*args)
    except OSError as e:
        print(fn.__name__, type(e).__name__, e.errno, e)
print(sorted(glob.glob("d1/**", recursive=True)), sorted(glob.glob("*/*")), glob.glob("nothing*"))
shutil.copy("d1/d2/f.txt", "copy.txt")
shutil.copytree("d1", "d1copy")
print(open("copy.txt").read(), sorted(os.listdir("d1copy")))
shutil.rmtree("d1copy")
os.remove("copy.txt")
os.unlink("d1/i.bin")
os.remove("d1/d2/f.txt")
os.removedirs("d1/d2")
print(os.listdir("."), os.path.exists("d1"))
os.chdir("/")
shutil.rmtree(base)
print(os.path.exists(base))
with tempfile.TemporaryDirectory() as td:
    print(os.path.isdir(td), os.listdir(td))
print(os.path.exists(td))
with tempfile.NamedTemporaryFile("w+") as nf:
    nf.write("abc")
    nf.flush()
    nf.seek(0)
    print(nf.read(), os.path.getsize(nf.name))
print(os.path.exists(nf.name))

import os
import posixpath

p = os.path
print(os.name, os.sep, os.curdir, os.pardir, os.pathsep, os.linesep == "\n", os.devnull, os.extsep, os.altsep)
print(p.join("a", "b", "/c", "d"), p.join("a", ""), p.join("", "b"), p.join("/"), p.join("a/", "b"))
print(p.split("/a/b/"), p.split("a"), p.split("/"), p.split("//x"), p.split(""))
print(p.splitext("a/.b.c"), p.splitext("a.tar.gz"), p.splitext(".bashrc"), p.splitext("a/b.c/d"), p.splitext("..."), p.splitext("x.."))
print(p.basename("a/b/"), p.basename("/a/b"), p.dirname("/a/b"), p.dirname("a"), p.dirname("///a"), p.dirname("//a//b"))
for x in ["", ".", "//a/../b/./c//", "///a", "../a/..", "a/../../b", "/..", "/../a", "a//b/", "./a/./", "//", "///"]:
    print(repr(x), repr(p.normpath(x)))
print(p.relpath("/a/b/c", "/a/d"), p.relpath("/a", "/a"), p.relpath("/a/b", "/"), p.relpath("/", "/a/b"))
print(p.commonpath(["/a/b/c", "/a/b/d"]), p.commonpath(["a/b", "a/c"]), p.commonpath(["/a/", "/a"]), p.commonprefix(["abc", "abd"]), p.commonprefix([]))
for bad in [lambda: p.commonpath([]), lambda: p.commonpath(["/a", "b"]), lambda: p.relpath(""), lambda: p.join("a", 1), lambda: p.join("a", b"b")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(p.isabs("/x"), p.isabs("x"), p.normcase("AbC"), p.splitdrive("/a/b"))
print(p.join(b"a", b"b"), p.split(b"/a/b"), p.normpath(b"a/./b/.."), p.splitext(b"x.y"), p.basename(b"a/b"))
os.environ["PF_TEST_VAR"] = "value"
print(p.expandvars("$PF_TEST_VAR/${PF_TEST_VAR}/$NOPE_NOT_SET/${NOPE}/$/x$"), os.getenv("PF_TEST_VAR"), os.environ.get("NOPE_NOT_SET", "dflt"))
print(p.expanduser("x~"), "PF_TEST_VAR" in os.environ, os.environ.pop("PF_TEST_VAR"), "PF_TEST_VAR" in os.environ)
try:
    os.environ["x"] = 1
except TypeError as e:
    print("TypeError", e)
try:
    os.environ["PF_NOT_THERE"]
except KeyError as e:
    print("KeyError", e)
print(os.fspath("a"), os.fspath(b"b"), os.fsencode("é"), os.fsdecode(b"\xc3\xa9"))


class P:
    def __fspath__(self):
        return "from_fspath"


print(os.fspath(P()), p.join(P(), "x"), isinstance(P(), os.PathLike), isinstance("s", os.PathLike))
try:
    os.fspath(3)
except TypeError as e:
    print("TypeError", e)
print(posixpath is p, os.strerror(2), os.strerror(13), os.strerror(99999))
import errno
print(errno.ENOENT, errno.EEXIST, errno.errorcode[2], errno.errorcode[17], errno.EWOULDBLOCK == errno.EAGAIN)
import stat
print(stat.S_ISDIR(0o40755), stat.S_ISREG(0o100644), stat.filemode(0o100644), stat.filemode(0o40755), stat.filemode(0o120777), stat.S_IMODE(0o100755))

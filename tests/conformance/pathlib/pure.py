from pathlib import PurePath, PurePosixPath, PureWindowsPath, Path, PosixPath

p = PurePosixPath("/usr/lib/python3.11/site.tar.gz")
print(p, repr(p), p.parts, p.drive, p.root, p.anchor, p.name, p.suffix, p.suffixes, p.stem)
print(p.parent, list(p.parents), p.parents[0], p.parents[-1], len(p.parents), p.parents[1:3])
print(p.with_name("x.py"), p.with_stem("y"), p.with_suffix(".zip"), p.with_suffix(""), p.is_absolute())
print(p.relative_to("/usr"), p.relative_to("/"), p.is_relative_to("/usr/lib"), p.is_relative_to("/etc"))
for bad in [lambda: p.relative_to("/etc"), lambda: PurePosixPath("a").relative_to("/a"), lambda: PurePosixPath("/a").relative_to(""),
            lambda: p.with_suffix("gz"), lambda: p.with_suffix("."), lambda: PurePosixPath("/").with_name("x"),
            lambda: p.with_name("a/b"), lambda: p.with_name(""), lambda: PurePosixPath(3), lambda: p.relative_to()]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(PurePosixPath("a", "b/c", "/d", "e"), PurePosixPath("a") / "b" / "c", "x" / PurePosixPath("y"), PurePosixPath())
print(PurePosixPath("//a/b"), PurePosixPath("///a/b"), PurePosixPath("a//b/./c/"), PurePosixPath("a/../b"), PurePosixPath(".") == PurePosixPath(""))
print(PurePosixPath("a/b") == PurePosixPath("a//b"), PurePosixPath("a") < PurePosixPath("b"), sorted([PurePosixPath("b"), PurePosixPath("a/c"), PurePosixPath("a")]))
print(hash(PurePosixPath("a/b")) == hash(PurePosixPath("a//b")), PurePosixPath("a").joinpath("b", "c"), PurePosixPath("/a/b").as_posix())
print(PurePosixPath("a/b.py").match("*.py"), PurePosixPath("/a/b/c.py").match("b/*.py"), PurePosixPath("/a/b/c.py").match("/*.py"), PurePosixPath("a.PY").match("*.py"))
print(PurePosixPath(".bashrc").suffix, PurePosixPath("a.").suffix, PurePosixPath("a.").suffixes, PurePosixPath("..").name, PurePosixPath("/").name, PurePosixPath("/").parent)
print(PurePath("x"), type(PurePath("x")).__name__, type(Path("x")).__name__, isinstance(Path("x"), PurePath), str(Path("a", "b")), bytes(PurePosixPath("a")))
w = PureWindowsPath("c:/Users/x/file.txt")
print(w, repr(w), w.drive, w.root, w.anchor, w.parts, w.name, w.parent, w.as_posix())
print(PureWindowsPath("C:\\a") == PureWindowsPath("c:/A"), PureWindowsPath("a\\b").parts, PureWindowsPath("//server/share/x").parts)
import os
print(os.fspath(PurePosixPath("q/r")), isinstance(PurePosixPath("a"), os.PathLike))

import os
import tempfile
from pathlib import Path

with tempfile.TemporaryDirectory() as td:
    base = Path(td)
    print(base.exists(), base.is_dir(), base.is_file(), base.is_absolute())
    (base / "sub" / "deep").mkdir(parents=True)
    (base / "sub").mkdir(exist_ok=True)
    try:
        (base / "sub").mkdir()
    except FileExistsError as e:
        print(type(e).__name__, e.errno)
    f = base / "sub" / "a.txt"
    print(f.write_text("hello\nworld\n"), f.read_text(), f.read_bytes(), f.stat().st_size)
    (base / "sub" / "b.py").write_bytes(b"print(1)\n")
    (base / "sub" / "deep" / "c.py").touch()
    (base / "top.py").touch()
    print(sorted(p.name for p in (base / "sub").iterdir()))
    print(sorted(str(p.relative_to(base)) for p in base.glob("*.py")))
    print(sorted(str(p.relative_to(base)) for p in base.glob("**/*.py")))
    print(sorted(str(p.relative_to(base)) for p in base.rglob("*.py")))
    print(sorted(str(p.relative_to(base)) for p in base.glob("sub/*")))
    print(sorted(str(p.relative_to(base)) for p in base.glob("*/")))
    g = f.rename(base / "sub" / "renamed.txt")
    print(g.name, f.exists(), g.exists(), g.with_suffix(".md").name)
    with g.open() as fh:
        print(fh.readline().strip())
    with g.open("a") as fh:
        fh.write("more\n")
    print(g.read_text().splitlines())
    g.unlink()
    g.unlink(missing_ok=True)
    try:
        g.unlink()
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno)
    (base / "sub" / "deep" / "c.py").unlink()
    (base / "sub" / "deep").rmdir()
    print(sorted(p.name for p in (base / "sub").iterdir()))
    old = os.getcwd()
    os.chdir(td)
    print(Path("sub").resolve() == (base / "sub").resolve(), Path("sub").absolute().name, Path.cwd().name == base.name)
    os.chdir(old)
    print(Path("sub/../x").resolve().name, Path("~").expanduser() == Path.home(), (base / "sub").samefile(str(base / "sub")))
print(base.exists())

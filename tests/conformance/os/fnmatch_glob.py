import fnmatch
import glob
import os
import tempfile

for p in ["*.py", "test*", "a?c", "[abc]x", "[!a-c]*", "[a-]", "[]]", "[!]]", "*a*b*", "**", "[z-a]", "a[b",
          "x[a-c-e]y", "[&&]", "\\*", "[^x]", "[[]", "*.[ch]", "a*b?c"]:
    print(repr(p), fnmatch.translate(p), fnmatch.fnmatch("abc.py", p), fnmatch.fnmatchcase("test_x", p))
print(fnmatch.filter(["a.py", "b.txt", "c.py", ".d.py"], "*.py"), fnmatch.fnmatch(b"abc", b"a*"))
top = tempfile.mkdtemp()
os.chdir(top)
for path in ["a/x.py", "a/b/y.py", "c/z.txt", ".hidden", "top.py", "a/.h.py", "q*x/f"]:
    os.makedirs(os.path.dirname(path) or ".", exist_ok=True)
    open(path, "w").close()
for pat in ["*", "*.py", "*/*.py", "**/*.py", "a/**", "**", "a/", "[ac]/*", "nope*", ".*", "a/*/", "top.py", "a/b/../x.py",
            "q[*]x/*", glob.escape("q*x") + "/f"]:
    print(pat, sorted(glob.glob(pat)), sorted(glob.glob(pat, recursive=True)))
print(sorted(glob.glob("*.py", root_dir="a")), sorted(glob.iglob("*/")), glob.escape("a*b?[c]"), glob.has_magic("x[y]"), glob.has_magic("plain"))
print(sorted(glob.glob(b"*.py")))
os.chdir("/")
import shutil
shutil.rmtree(top)

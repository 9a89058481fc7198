# str.split / rsplit / splitlines / partition / strip / join

def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)

for s in ["", " ", "a", "  a  b  c  ", "a,b,,c,", ",a,", "a\tb\nc\x0bd\x0ce\rf\x1cg\x1dh\x1ei\x1fj\x85k\xa0l\u3000m\u2028n"]:
    print(repr(s))
    print(" ", s.split(), s.split(None, 1), s.split(maxsplit=2), s.rsplit(), s.rsplit(None, 1), s.rsplit(maxsplit=0))
    print(" ", s.split(","), s.split(",", 1), s.rsplit(","), s.rsplit(",", 1), s.split(",", maxsplit=-1), s.split(sep=",", maxsplit=0))
    print(" ", s.splitlines(), s.splitlines(True), s.splitlines(keepends=True))
    print(" ", s.partition(","), s.rpartition(","), s.partition("zz"), s.rpartition("zz"))
    print(" ", repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip(",a")), repr(s.rstrip(", ")), repr(s.lstrip(None)))
print("a::b::c".split("::"), "a::b::c".rsplit("::", 1), "aaa".split("aa"), "aaa".rsplit("aa"))
print("a\r\nb\rc\nd\r\n\r\n".splitlines(), "a\r\nb\rc\nd\r\n\r\n".splitlines(True), "\n".splitlines(), "x\n".splitlines())
show("a".split, "")
show("a".rsplit, "")
show("a".partition, "")
show("a".rpartition, "")
show("a".split, 1)
show("a".partition, 1)
show("a".split, ",", "x")
show("a".split, x=1)
show("a b".split, " ", 1, sep=" ")
show("a".strip, 1)
show("a".lstrip, 1)
show("a".splitlines, 1.5)
print("-".join(["a", "b", "c"]), "".join([]), ", ".join("abc"), "x".join(iter(["p", "q"])), "x".join(("p",)))
show("-".join, ["a", 1])
show("-".join, 5)
show("-".join, [b"a"])
show("-".join)
class S(str):
    pass
print(repr("-".join([S("a"), S("b")])), type("-".join([S("a")])).__name__, type(S("x").join(["a"])).__name__)
print("😀a😀b😀".split("😀"), "😀a😀b😀".strip("😀"), "x😀y".partition("😀"), "a😀b".rsplit("😀"))
print("\u2028a\u2029b\x85c".splitlines(True))
print("  \u200b x \u180e ".split(), repr("\u180e x".strip()))

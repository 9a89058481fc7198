import re


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


# flags objects
print(repr(re.I), str(re.M), re.I | re.M, repr(re.I | re.M | 1024), re.NOFLAG, ~re.I, re.A.name, re.I.value)
print(type(re.I | re.S).__name__, isinstance(re.I, int), re.I == 2, re.I + 0, int(re.X), re.I & re.M, re.I ^ re.I)
print(re.RegexFlag, re.IGNORECASE is re.I, [f.name for f in re.RegexFlag])
# pattern objects
p = re.compile(r"(?P<year>\d{4})-(?P<month>\d\d)", re.I | re.M)
print(p, p.pattern, p.flags, p.groups, dict(p.groupindex), p == re.compile(r"(?P<year>\d{4})-(?P<month>\d\d)", re.I | re.M))
print(re.compile("a") == re.compile("a"), re.compile("a") == re.compile("a", re.I), hash(re.compile("x")) == hash(re.compile("x")))
print(re.compile(b"x+", re.I), re.compile("x", re.A), re.compile("x", re.U), re.compile(r"\n'"), re.compile("a" * 250))
t(lambda: p.groupindex.__setitem__("x", 1))
t(lambda: re.Pattern())
t(lambda: re.compile("a", re.L))
t(lambda: re.compile(b"a", re.U))
t(lambda: re.compile("a", re.A | re.U))
# match objects
m = p.search("on 2024-05-06 and 2025-01-02")
print(m, bool(m), m.span(), m.span("month"), m.start("year"), m.end(0), m.groupdict(), m.group(0, "year", 2))
print(m.lastindex, m.lastgroup, m.pos, m.endpos, m.string, m.re is p, m.regs)
print(m.expand(r"\2/\1 \g<year>"), m[1], m["month"], m.groups())
t(lambda: m.group(5))
t(lambda: m.group(-1))
t(lambda: m["x"])
t(lambda: m.expand(r"\3"))
t(lambda: re.Match())
m2 = re.match(r"(a)(b)?(c)?", "ac")
print(m2.groups(), m2.groups("-"), m2.groupdict("d"), m2.span(2), m2.start(2), m2.lastindex)
print(re.match("((a)(b))", "ab").lastindex, re.match("(a)|(b)", "b").lastindex, re.match("(?P<x>a)(?P<y>b)?", "a").lastgroup)
print(re.match("(a)()", "a").lastindex, re.match("((a))", "a").lastindex, re.match("x", "x").lastindex)
print(repr(re.compile(b"a+").match(b"caaa", 1)), re.match("a" * 60, "a" * 60))
# pos / endpos
r = re.compile(r"\w+")
print(r.search("ab cd", 2), r.search("ab cd", 10), r.search("ab cd", -5), r.match("abcd", 1, 3), r.match("abcd", 3, 1))
print(r.findall("ab cd ef", 3), r.findall("ab cd ef", 1, 4), [x.span() for x in r.finditer("ab cd ef", 2, 6)])
print(r.fullmatch("abc", 0, 2), re.compile("$").search("ab", 0, 1), re.compile("^b").search("ab", 1))
it = r.finditer("a b")
print(next(it), next(it), next(it, "done"), type(it).__name__)
# escape
print(re.escape("1+1=2? [yes] {a} (b) $5 ^ | \\ / é"), re.escape(b"a.b*c"))
print(re.match(re.escape("a.b*c+"), "a.b*c+"))
# purge / cache
re.purge()
print(re.compile("abc") is re.compile("abc"))
# Scanner
sc = re.Scanner([(r"\d+", lambda s, tok: int(tok)), (r"\s+", None), (r"[a-z]+", lambda s, tok: tok.upper())])
print(sc.scan("12 abc 3 x!"))
# errors and their attributes
for pat in ["a(", "(?P<n>a)(?P=m)", "abc)", "x\n(y", "[", "(?P<>x)", "\\"]:
    try:
        re.compile(pat)
    except re.error as e:
        print(repr(e.msg), e.pos, e.lineno, e.colno, str(e), e.args)
e = re.error("plain")
print(e.msg, e.pattern, e.pos, e.lineno, str(e))
print(issubclass(re.error, Exception), re.error.__name__)

import re


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


# matching functions
print(re.match(r"\d+", "123abc"), re.match(r"\d+", "abc"))
print(re.search(r"\d+", "abc123def"), re.fullmatch(r"a|ab", "ab"), re.fullmatch("a", "ab"))
p = re.compile(r"(\w+)@(\w+)\.com")
m = p.search("mail: joe@example.com!")
print(m.group(), m.group(1), m.group(2), m.group(1, 2), m.groups(), m.span(), m.start(1), m.end(2))
print(m.string, m.re, m.pos, m.endpos, m.lastindex, m.lastgroup, m.regs)
print(p.match("joe@x.com", 0, 5), p.match("xjoe@x.com", 1), p.search("joe@x.com", 2))
print(p.pattern, p.flags, p.groups, p.groupindex)
# named groups
m = re.match(r"(?P<first>\w+) (?P<last>\w+)", "Jane Doe")
print(m.groupdict(), m["first"], m.group("last"), m.lastgroup, m.span("last"), m.expand(r"\g<last>, \g<first>"))
t(lambda: m.group(3))
t(lambda: m.group("nope"))
t(lambda: m.start(-1))
# findall / finditer
print(re.findall(r"\d", "a1b2c3"), re.findall(r"(\w)(\d)", "a1b2"), re.findall(r"(a)|b", "ab"))
print([m.span() for m in re.finditer(r"\w+", "ab cd  ef")])
print(re.findall(r"", "abc"), re.findall(r"a*", "baaac"), re.findall(r"\b", "hi there"))
# sub / subn
print(re.sub(r"\s+", " ", "a  b\t\nc"), re.subn(r"o", "0", "foo boo"), re.sub(r"o", "0", "foo", count=1))
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world"), re.sub(r"(?P<w>\w+)", r"<\g<w>>", "a b"))
print(re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2c9"))
print(re.sub("x*", "-", "abxd"), re.sub("", "-", "abc"), re.sub("(a)|b", r"[\1]", "ab"))
print(re.sub(r"a", r"\n\t\\", "a"), re.sub("a", "\\0", "a").encode())
t(lambda: re.sub("(a)", r"\2", "a"))
t(lambda: re.sub("(a)", r"\g<2>", "a"))
t(lambda: re.sub("(a)", r"\g<x>", "a"))
t(lambda: re.sub("(a)", r"\g<1", "a"))
t(lambda: re.sub("(a)", r"\g", "a"))
t(lambda: re.sub("a", "\\", "a"))
t(lambda: re.sub("a", lambda m: 5, "a"))
# split
print(re.split(r",\s*", "a, b,c"), re.split(r"(,)", "a,b"), re.split(r"(,)|(;)", "a,b;c"))
print(re.split(r"\s", "a b c", maxsplit=1), re.split("x*", "axbc"), re.split(r"\b", "a b"))
print(re.split("(?:)", "ab"), re.split("z", ""), re.split("", ""))
# flags
print(re.findall("a", "aA", re.I), re.findall("^b", "a\nb", re.M), re.findall("a.b", "a\nb", re.S))
print(re.match(r"a b # comment", "ab", re.X), re.findall(r"(?i)x", "xX"), re.findall(r"(?i:x)y", "XyXY"))
print(re.findall(r"a(?-i:b)", "ab aB AB Ab", re.I), re.findall("(?s:.)(?m:^x)", "\nx"))
print(re.findall(r"\w+", "héllo wörld", re.A), re.findall(r"\w+", "héllo wörld"))
print(re.findall(r"\d", "1١२"), re.findall(r"\d", "1١२", re.ASCII), re.findall(r"\s", " \x1c\xa0\ufeff"))
# anchors
print(re.findall("$", "a\n"), re.findall("$", "a\nb\n", re.M), re.search(r"a\Z", "a\n"), re.search(r"\Aa", "ba"))
print(re.search("a$", "a\n"), re.match("^a", "ba", re.M), re.search("^b", "ab\nb", re.M).span())
print(re.compile("^a").search("ba", 1), re.compile("a").match("ba", 1))
# repetition
print(re.match("a{2,3}", "aaaa"), re.match("a{,2}", "aaa"), re.match("a{2}", "a"), re.match("a{", "a{"), re.match("a{1,x}", "a{1,x}"))
print(re.match("a*?b", "aab"), re.match("(a+?)", "aaa"), re.match("(?:ab)+", "ababx"))
print(re.match("a++b", "aab"), re.match("a++a", "aaa"), re.match("(?>a+)a", "aaa"), re.match("(?>ab|a)c", "abc"))
print(re.match(r"(a)\1", "aa"), re.match(r"(?P<x>a)(?P=x)", "aa"), re.match(r"(a)(?:b\1)+", "abab"))
# lookaround
print(re.findall(r"(?<=a)b", "ab cb ab"), re.findall(r"(?<!a)b", "ab cb"), re.findall(r"a(?=b)", "ab ac"), re.findall(r"a(?!b)", "ab ac"))
# classes
print(re.findall(r"[]a]", "a]b"), re.findall(r"[^]a]", "a]b"), re.findall(r"[a-c-]", "b-d"), re.findall(r"[\d\s]", "1 a"))
print(re.findall(r"[\W\d]", "a1!"), re.findall(r"[^\W\d]", "a1!_"), re.findall(r"[.*+?]", "a.*+?"), re.findall(r"[\b]", "\b"))
print(re.findall(r"[\x41-\x43]", "ABCD"), re.findall(r"\u00e9|\U0001F600", "é😀"), re.findall(r"[\0-\x09]", "\x00\x05a"))
# astral characters and positions
s = "a😀b😀c"
print([m.span() for m in re.finditer("😀", s)], re.sub("😀", "-", s), re.split("b", s), re.search("c", s).start())
print(re.findall(".", "😀x"), re.match("(.)(.)", "😀😁").groups(), re.compile("b").search(s, 2))
# bytes
print(re.findall(rb"\w+", b"hi there \xe9"), re.sub(b"a", b"b", b"aa"), re.split(rb"\s", b"a b"), re.match(rb"(\d+)", b"42").group(1))
t(lambda: re.match("a", b"a"))
t(lambda: re.match(b"a", "a"))
t(lambda: re.match("a", 5))
t(lambda: re.compile(5))
t(lambda: re.compile(re.compile("a"), re.I))
print(re.compile(re.compile("a")) is not None)
# errors
for pat in ["(", ")", "[a", "a**", "*a", "a{2,1}", "(?P<1>a)", "(?P<a>x)(?P<a>y)", r"\1", "(a)\\2", "(?z)", "(?P=x)",
            "(?<x", "(?#abc", r"\q", "[z-a]", r"\x4", r"\u12", "(?i", "a(?i)", "(?<=a|bc)", r"[\w-z]", "(?P", "x{99999999999}",
            "(?a:(?u:x))", "(?-a:x)", "(?L)x", "a|*"]:
    try:
        re.compile(pat)
        print(pat, "ok")
    except re.error as e:
        print(pat, "->", e, "|", e.msg, e.pos)
    except Exception as e:
        print(pat, "->", type(e).__name__, e)
print(re.compile(r"(?x)  a\ b  [ ]"), re.compile(r"(?x)  a\ b  [ ]").match("a b "))

# str methods: searching, counting, case, predicates

def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)

s = "Hello, World! hello"
print(s.find("l"), s.find("l", 5), s.find("l", 5, 8), s.find("zz"), s.find(""), s.find("", 100))
print(s.rfind("l"), s.rfind("l", 0, 5), s.rfind(""), s.rfind("", 3, 2))
print(s.index("World"), s.rindex("o"))
show(s.index, "zz")
show(s.rindex, "zz")
print(s.count("l"), s.count("l", 3), s.count("l", -5), s.count(""), s.count("", 5), s.count("", 50))
print("aaaa".count("aa"), "aaa".find("aa", 1), "abc".find("c", -1), "abc".find("a", -100, -1))
print(s.startswith("Hell"), s.startswith("ell", 1), s.startswith(("x", "He")), s.endswith("llo"), s.endswith("lo", 0, -1))
print("abc".startswith("", 3), "abc".startswith("", 4), "abc".endswith(""), "".startswith(""))
show(s.startswith, 1)
show(s.startswith, (1,))
show(s.endswith, ["a"])
show(s.find)
show(s.find, 1)
show(s.find, "a", 1.5)
show(s.count, "a", x=1)
print(s.lower(), s.upper(), s.swapcase(), s.title(), s.capitalize(), s.casefold())
print("hello world".title(), "they're bill's friends".title(), "ABC DEF".capitalize(), "1abc".capitalize())
print("ß".upper(), "ß".casefold(), "ﬁ".upper(), "ﬁ".title(), "ǆ".title(), "ǆ".upper(), "ǅ".lower(), "ǅ".swapcase())
print("ΑΣ".lower(), "ΑΣ Σ".lower(), "ΑΣΑ".lower(), "Σ".lower(), "ὈΔΥΣΣΕΎΣ".lower(), "aΣ'".lower())
print("İstanbul".lower(), len("İ".lower()), "ŉ".upper(), "ΐ".upper(), "Ꭰ".lower(), "ꭰ".upper(), "ꭰ".casefold())
print("straße".upper(), "straße".swapcase(), "ǰ".upper(), "ﬃ".capitalize())
for t in ["", "abc", "ABC", "Abc", "aBC", "123", "abc123", "  ", "\t\n", "a b", "Ab Cd", "Ab cd", "ǅa", "ǅA", "١٢٣", "²", "½", "一", "Ⅷ", "ⅷ", "é", "\x00", "\u2028", "\u200b", "😀", "𝒜", "_a1", "1a", "a-b", "ℌ", "ª"]:
    print(repr(t), t.isalpha(), t.isalnum(), t.isdecimal(), t.isdigit(), t.isnumeric(), t.isspace(),
          t.islower(), t.isupper(), t.istitle(), t.isprintable(), t.isidentifier(), t.isascii())

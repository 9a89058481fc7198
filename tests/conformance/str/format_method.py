# str.format / format_map: field syntax, numbering, conversions, nested specs, errors

def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)

class P:
    x = "px"
    items = ["i0", "i1"]
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "p-str"
    def __format__(self, spec):
        return "P<" + spec + ">"

print("{} {} {}".format("a", "b", "c"))
print("{0} {1} {0}".format("a", "b"))
print("{name} {0}".format("pos", name="kw"))
print("{0.x} {0.items[1]} {1[k]} {2[0]} {1[-1]}".format(P, {"k": "v", "-1": "m"}, ["l0"]))
print("{0!r} {0!s} {0!a} {1!r} {1!a} {0}".format(P(), "é\n"))
print("{0:abc} {0!s:>8} {0!r:*^9}".format(P()))
print("{:{}}|{:{}{}}|{:>{width}}".format("x", 5, "y", "<", 4, "z", width=3))
print("{0:{1}}".format("abc", ">5"), "{:.{}}".format("abcdef", 2))
print("{{}} {{{0}}} }}{{".format(1))
print("{} {}".format(None, True), "{:5}|{:<5}|{:^5}".format(None and 1 or "n", "l", "c"))
print("{0[0]}{0[1]}".format("xy"), "{0[1]}".format({1: "int key"}))
print("{!s:}".format(1), "{:}".format("e"), "{0!r:}".format("q"))
print("{a}{b}".format_map({"a": 1, "b": 2}))
print("{٣}".format(*range(5)), "{0}".format(*"abc"))
print("é{}😀{}".format("😀", "é"), "{:😀^7}".format("x"))
for fmt in ["{", "}", "{0", "{0!", "{0!r", "{!}", "{!x}", "{!rx}", "{0:{}", "{:{:{}}}", "{0[}", "{0]}", "{0[0]x}",
            "{0.}", "{0[]}", "{0{}", "{0}{}", "{}{0}", "{1}", "{a}", "{0.nope}", "{99999999999999999999}", "x}y", "{!r:{!r}}",
            "{0!R}", "{0!é}", "{:{}}"]:
    show(fmt.format, "v", a_=1)
show("{0}".format_map, {})
show("{}".format_map, {})
show("{a}".format_map, {})
show("{a}".format_map)
show("{a}".format_map, 1)
show("{:d}".format, "s")
show("{:x}".format, P)
show("{:5}".format, P)
show("{:5}".format, None)
print(format("abc"), format("abc", ""), format("abc", "<6"), format("abc", ">6"), format("abc", "^6"), format("abc", "*^7"), format("abc", ".1"), format("abc", "10.2s"))
print(format("abc", "010"), format("abc", "0>5"), format("😀x", ".1"), format("😀", "3"), format("a", "😀>3"), format("a", "\x00<3") == "a\x00\x00")
print("{:٣}|".format("a"), "{:.٢}".format("abc"))
for spec in ["d", "=10", "+", "-", " ", "#", ",", "_", "z", ",_", "_,", ",d", "ss", ".", "99999999999999999999", ".99999999999999999999", "\x00", "é", "😀", "+d", "#=", "=#", "z#", "x", ",x", "_x", "0=5", "^=5"]:
    show(format, "abc", spec)
show("x".__format__, 1)
show("x".__format__)
class S(str):
    pass
print(repr(format(S("sub"), "")), type(format(S("sub"), "")).__name__, type(S("a").__format__("")).__name__, "{}".format(S("z")))

# str.replace / center / ljust / rjust / zfill / expandtabs / translate / maketrans / removeprefix

def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)

print("abcabc".replace("b", "X"), "abcabc".replace("b", "X", 1), "abc".replace("", "-"), "abc".replace("", "-", 2),
      "abc".replace("b", "", -1), "abc".replace("x", "y"), "".replace("", "a"), "aaa".replace("aa", "b"), "abc".replace("b", "$1"))
print("a😀b".replace("", "|"), "😀😀".replace("😀", "x", 1))
show("a".replace, "a")
show("a".replace, 1, "b")
show("a".replace, "a", 2)
show("a".replace, "a", "b", "c")
show("a".replace, "a", "b", 1.0)
show("a".replace, "a", "b", count=1)
for w in [-1, 0, 3, 4, 5, 6, 7]:
    print(w, repr("ab".center(w)), repr("abc".center(w, "*")), repr("ab".ljust(w, "-")), repr("ab".rjust(w, "😀")), repr("-4".zfill(w)), repr("+x".zfill(w)), repr("x".zfill(w)))
show("a".center)
show("a".center, 3, "ab")
show("a".center, 3, "")
show("a".center, 3, 1)
show("a".center, "3")
show("a".center, 3.0)
show("a".zfill, "3")
show("a".ljust, 2**70)
show("a".center, 5, fillchar="x")
print(repr("a\tb\tc".expandtabs()), repr("a\tb".expandtabs(4)), repr("ab\tc\n\td\r\te".expandtabs(3)), repr("\t".expandtabs(0)), repr("\t".expandtabs(-2)), repr("😀\tx".expandtabs(4)))
print(repr("a\tb".expandtabs(tabsize=2)))
show("a".expandtabs, "x")
show("a".expandtabs, 2**70)
t = str.maketrans("abc", "xyz", "d")
print(t[97], t[98], t[100])
print("abcd".translate(t), "abc".translate({97: None, 98: "BB", 99: 0x1F600}), "abc".translate({}), "abc".translate([None, "x"] * 50))
m = str.maketrans({"a": 1, 98: "x", "c": None}); print(m[97], m[98], m[99])
show(str.maketrans, "ab", "c")
show(str.maketrans, 1)
show(str.maketrans, {"ab": 1})
show(str.maketrans, {1.5: 1})
show(str.maketrans, 1, "a")
show(str.maketrans, "a", 1)
show(str.maketrans, "a", "b", 1)
show(str.maketrans)
show("abc".translate, {97: 2.5})
show("abc".translate, {97: -1})
show("abc".translate, {97: 0x110000})
show("abc".translate, 3)
class Table:
    def __getitem__(self, k):
        if k == 98:
            raise LookupError
        if k == 99:
            raise KeyError(k)
        return chr(k).upper()
print("abcd".translate(Table()))
print("prefix-body".removeprefix("prefix-"), "body".removeprefix("x"), "a.txt".removesuffix(".txt"), "a".removesuffix(""), "".removeprefix(""))
show("a".removeprefix, 1)
show("a".removesuffix, None)

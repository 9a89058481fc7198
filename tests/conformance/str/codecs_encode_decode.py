# str.encode / bytes.decode: codecs, error handlers, UnicodeError messages and attributes

def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except UnicodeError as e:
        print(type(e).__name__, e, "|", e.encoding, repr(e.object), e.start, e.end, e.reason)
    except Exception as e:
        print(type(e).__name__, e)

text = "aé€😀"
for enc in ["utf-8", "UTF8", "utf_8", "u8", "utf-8-sig", "utf-16", "utf-16-le", "UTF-16BE", "utf-32", "utf-32-le", "utf_32_be",
            "ascii", "us-ascii", "latin-1", "latin1", "iso-8859-1", "L1", "cp1252", "windows-1252", "unicode_escape", "raw_unicode_escape"]:
    show(text.encode, enc)
    show(text.encode, enc, "replace")
    try:
        data = text.encode(enc, "backslashreplace")
        print(enc, data, repr(data.decode(enc)))
    except Exception as e:
        print(enc, type(e).__name__, e)
for errors in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace", "surrogateescape", "surrogatepass", "bogus"]:
    show("aé€😀\udcff\ud800".encode, "ascii", errors)
    show("aé€😀\udcff\ud800".encode, "latin-1", errors)
    show("a\ud800b\udc80\udcff".encode, "utf-8", errors)
    show("a\ud800".encode, "utf-16-le", errors)
    show("a\ud800".encode, "utf-32-be", errors)
    show("€\u20ad".encode, "cp1252", errors)
bad = [b"\xff", b"a\xf0\x90\x80b", b"\xf0\x90", b"\xe0\x80", b"\xed\xa0\x80", b"\xc3", b"\xc3\x28", b"\xf5\x80", b"\xc0\xaf", b"\xf4\x90\x80\x80", b"abc\x80def", b"\xe2\x82"]
for errors in ["strict", "ignore", "replace", "backslashreplace", "surrogateescape", "surrogatepass", "xmlcharrefreplace", "bogus"]:
    for b in bad:
        show(b.decode, "utf-8", errors)
    show(b"a\x80\xff".decode, "ascii", errors)
    show(b"\x81\x8d\x80".decode, "cp1252", errors)
    show(b"abc".decode, "utf-16-le", errors)
    show(b"\x00\xd8\x00\x00".decode, "utf-16-le", errors)
    show(b"\x00\xdc\x00\x00".decode, "utf-16-le", errors)
    show(b"\x00\xd8".decode, "utf-16-le", errors)
    show(b"\x00\x00\x11\x00".decode, "utf-32-le", errors)
    show(b"\x00\x00\x11".decode, "utf-32-le", errors)
    show(b"\x00\xd8\x00\x00".decode, "utf-32-le", errors)
    show(b"\\x4".decode, "unicode_escape", errors)
print(repr(b"\xff\xfea\x00".decode("utf-16")), repr(b"\xfe\xff\x00a".decode("utf-16")), repr(b"a\x00".decode("utf-16")), repr(b"\xff\xfe\x00\x00a\x00\x00\x00".decode("utf-32")))
print(repr(b"\xef\xbb\xbfx".decode("utf-8")), repr(b"\xef\xbb\xbfx".decode("utf-8-sig")), repr(b"x".decode("utf-8-sig")))
print(repr(b"a\\n\\t\\x41\\u20ac\\U0001F600\\N{EURO SIGN}\\101\\\\".decode("unicode_escape")), repr(b"\\u20ac\\n\xe9".decode("raw_unicode_escape")))
for b in [b"\\", b"\\u12", b"\\U00110000", b"\\N{NOPE}", b"\\N{", b"\\N", b"\\Uxyz"]:
    show(b.decode, "unicode_escape")
print("é\n\t\\'".encode("unicode_escape"), "é\n\t\\'\u20ac".encode("raw_unicode_escape"))
show("x".encode, "rot13")
show(b"x".decode, "hex")
show("x".encode, "nope")
show(b"x".decode, "nope")
show("x".encode, 1)
show("x".encode, "utf-8", 1)
show("x".encode, errors=None)
show(b"x".decode, encoding=1)
show("x".encode, "utf-8", "strict", 1)
print("abc".encode(), "abc".encode(encoding="ascii"), "abc".encode(errors="bogus"), b"abc".decode(errors="bogus"), bytearray(b"\xc3\xa9").decode())
e = UnicodeEncodeError("enc", "xyz", 1, 2, "why")
print(str(e), e.args, repr(e), e.encoding, e.object, e.start, e.end, e.reason)
e.start = 0
e.end = 3
print(str(e))
print(str(UnicodeEncodeError("enc", "x\U0001f600z", 1, 2, "r")), str(UnicodeEncodeError("enc", "x\u20acz", 1, 2, "r")))
d = UnicodeDecodeError("dec", b"\x00\xff", 1, 2, "bad")
print(str(d), d.object, d.start, repr(UnicodeDecodeError("dec", bytearray(b"ab"), 0, 2, "r").object), str(UnicodeDecodeError("dec", b"ab", 0, 2, "r")))
t = UnicodeTranslateError("xyz", 1, 2, "r")
print(str(t), t.encoding, t.object)
show(UnicodeEncodeError)
show(UnicodeEncodeError, 1, "x", 0, 1, "r")
show(UnicodeEncodeError, "e", b"x", 0, 1, "r")
show(UnicodeDecodeError, "e", "x", 0, 1, "r")
show(UnicodeEncodeError, "e", "x", 0.5, 1, "r")
show(UnicodeEncodeError, "e", "x", 0, 1, None)

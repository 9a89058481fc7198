# string and bytes literals: escapes, raw strings, prefixes, concatenation, unicode names
print("a\tb\\n", 'it\'s', "q\"q", "\x41\u00e9\U0001F600", "\N{GREEK SMALL LETTER ALPHA}\N{EM DASH}", "\101\060\7" == "A0\x07")
print(r"\n\t\\", R"raw", rb"\x00", Rb"\n", br"\d", b"\x00\xff\n", b"\101", len("\
continued"))
print("abc" "def", "a" 'b' """c""", f"x{1}" "y", b"ab" b"cd", ("implicit "
      "across lines"))
print(repr("\x00\x1f\x7f\x80\xa0\u200b\ud800" if False else "\x00\x1f\x7f\x80\xa0\u200b"), ascii("é\u200b😀"))
print('''multi
line''', """with "quotes" inside""", '''and 'single' too''')
print(u"unicode prefix", U"upper")
print(len("😀"), len("e\u0301"), "é" == "e\u0301", "\u00e9" == "é")
print("\q" if False else "unknown escapes stay as is: \\q", "\
" == "")
print(repr(b"\x80abc"), repr(bytes(range(0, 256, 50))), repr("'"), repr('"'), repr("'\""), repr("\\"))
print("tab\there".expandtabs(4), "a\rb" == "a" + chr(13) + "b", "\f\v" == chr(12) + chr(11))
print(f"{'nested' + 'quotes'}", f'{"double"}', f"""{'''triple'''}""", rf"\d{1}", fr"{2}\n")
print(str(b"bytes"), str(b"b", "ascii"), b"x".decode(), "é".encode(), "é".encode("latin-1"))
print("%s|%r|%a" % ("é", "é", "é"), "{!a}".format("é"))

# The single-byte charmap codecs (cp437, cp1251, iso8859-7, koi8-r, mac-roman, ...): decoding,
# encoding, aliases, undefined bytes and characters, error handlers, text files.
def checksum(seq):
    total = 0
    for x in seq:
        total = (total * 31 + (x if isinstance(x, int) else ord(x))) % 1000000007
    return total


every_byte = bytes(range(256))
sample = "".join(map(chr, range(0x2580)))
for name in ["cp037", "cp437", "cp850", "cp866", "cp875", "cp1250", "cp1251", "cp1253", "cp1255",
             "cp1258", "iso8859_2", "iso8859-5", "iso8859_7", "iso8859_11", "iso8859_16", "koi8_r",
             "koi8-u", "mac_roman", "mac_arabic", "mac-cyrillic", "hp_roman8", "tis_620", "ptcp154"]:
    text = every_byte.decode(name, "replace")
    encoded = sample.encode(name, "replace")
    print(name, checksum(text), text.count("\ufffd"), checksum(encoded), len(sample.encode(name, "ignore")))

for alias in ["windows-1251", "IBM437", "greek", "cyrillic", "L2", "latin2", "ISO-8859-7", "866", "macintosh"]:
    print(alias, "\u0416\u00e9\u03b1".encode(alias, "backslashreplace"))

for data, enc in [(b"ab\x98cd", "cp1251"), (b"\xff", "iso8859_7")]:
    try:
        data.decode(enc)
    except UnicodeDecodeError as e:
        print(type(e).__name__, e)
    print(data.decode(enc, "backslashreplace"), data.decode(enc, "ignore"))
try:
    "x\u20ac\u0100y".encode("cp437")
except UnicodeEncodeError as e:
    print(type(e).__name__, e.start, e.end, e)
print("x\u20ac\u0100y".encode("cp437", "xmlcharrefreplace"))

ns = {}
exec(b'# -*- coding: koi8-r -*-\nword = "\xd3\xcc\xcf\xd7\xcf"\n', ns)
print(ns["word"])

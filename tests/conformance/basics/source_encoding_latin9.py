# -*- coding: latin9 -*-
# A PEP 263 declaration naming a codec the parser has no decoder of its own for (latin9 = iso8859-15):
# the runtime's codecs decode the source.
s = "€ Š Œ"
print(s, [hex(ord(c)) for c in s])
print(s.encode("iso8859-15"))

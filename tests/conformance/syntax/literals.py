# errors in number and string literals
from _check import check
check([
    "x = 0777", "x = 00", "x = 0_0", "x = 1_000_", "x = 1__000", "x = 0x", "x = 0xg", "x = 0b2", "x = 0b", "x = 0o8", "x = 09", "x = 1e", "x = 1e+", "x = 1.e5j",
    "x = 5j_", "x = 1_j", "x = 1.5_", "x = 1_.5", "x = 0x_", "x = 1a", 
    "x = 'abc", "x = \"abc", "x = '''abc", "x = \"\"\"abc\n\ndef", "x = 'a\\\n", "x = 'abc\ny = 2",
    "x = '\\N{nope}'", "x = '\\N{LATIN SMALL LETTER A}'", "x = '\\x1'", "x = '\\u12'", "x = '\\U1234567'", "x = '\\U00110000'", "x = b'\\x1'", "x = b'é'",
    "x = br'\\x'", "x = rb'\\x1'", "x = 'a' b'b'", "x = b'a' 'b'", "x = f'' b''", "x = u'x' rb'y'", "x = bu'x'", "x = ub'x'", "x = fb'x'",
    
    "x = 1 $ 2", "x = ?", "x = a!", "x = `a`", "x = 1 <> 2", "a = b ! c",
    "x = 'no end\\",
    "x = \u00a0 1", "x = \u2212 1", "€ = 1", "x\u200b = 1", "ℌ = 1\nprint(H)",
])

a = 'a', "b", '''c''', """d""", r'\n', R"\t", u'x', U"y", b'z', B"w", br'\d', Rb"\e", rB'\f'
b = 'esc \a\b\f\n\r\t\v \\ \' \" \x41 \101 \u00e9 \U0001F600 \N{EM DASH} \N{latin small letter a} \q'
c = b'esc \a\b\f\n\r\t\v \\ \x41 \101 \q \u1234'
d = 'con' "cat" '''en''' """ation"""
e = b'by' b"tes"
f = u'kind' 'u'
g = 'line\
continued'
h = """multi
line
string"""
i = 'é' + "日本" + '😀'

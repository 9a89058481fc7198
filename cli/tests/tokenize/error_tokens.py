x = $ ?
y = "abc

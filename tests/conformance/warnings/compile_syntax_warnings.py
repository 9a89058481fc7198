# compile() reports CPython's compile-time SyntaxWarnings (literal `is`, tuple assertions, calls
# and subscripts that look like a missing comma, numbers glued to keywords) through the warnings
# module, and raises a SyntaxError with the same message when a filter makes them errors.
import warnings

SOURCES = [
    "a is 7", "a is not 'txt'", "-3 is a", "a is (2, 3)", "a is ()", "a is None",
    "a is (not 0)", "a is b is 4", "assert (a, 'why')", "assert a, 'why'",
    "(5, 6)(a)", "[a, b](1)", "{}(2)", "f'{a}'(3)", "None(4)", "...(5)", "(not 1)(6)",
    "{3, 4}[a]", "(x for x in y)[0]", "(lambda: 0)[1]", "2.5[a]", "True[a]",
    "[1, 2][3, 4]", "'ab'[1, 2]", "(a, b)[None]", "[7][1.5]", "[7][...]", "[7][-1]",
    "[7][a]", "b'xy'[a:b]", "a[(1, 2)] = 3",
    "x = 1if a else 2", "[0x1for x in y]", "0or a", "1not in a", "0xbeefspam",
    "def f():\n    return b is 5\n", "1\u20447",
]

for src in SOURCES:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            compile(src, "<case>", "exec")
        except SyntaxError as e:
            print(repr(src), "error:", e.msg, e.lineno, e.offset)
    for w in caught:
        print(repr(src), w.category.__name__, w.message, w.filename, w.lineno)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("error", SyntaxWarning)
        try:
            compile(src, "<case>", "exec")
        except SyntaxError as e:
            print(repr(src), "as error:", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
    assert caught == []

# an ignored warning is not reported at all
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("ignore", SyntaxWarning)
    compile("a is 1", "<case>", "exec")
print(len(caught))

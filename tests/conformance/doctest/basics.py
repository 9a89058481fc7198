import doctest
import io
import sys
import unittest


def square(x):
    """Return x squared.

    >>> square(3)
    9
    >>> [square(i) for i in range(4)]
    [0, 1, 4, 9]
    >>> square(2)   # wrong on purpose
    5
    """
    return x * x


def printer():
    """
    >>> print("a\\n\\nb")
    a
    <BLANKLINE>
    b
    >>> print(list(range(20)))  # doctest: +ELLIPSIS
    [0, 1, ..., 19]
    >>> print("x   y")  # doctest: +NORMALIZE_WHITESPACE
    x y
    >>> 1 == 1
    1
    >>> raise ValueError("bad value")
    Traceback (most recent call last):
      ...
    ValueError: bad value
    >>> raise KeyError("k")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    KeyError: 'other'
    >>> this_is_skipped()  # doctest: +SKIP
    >>> for i in range(2):
    ...     i
    0
    1
    """


class Counter:
    """A counter.

    >>> c = Counter()
    >>> c.bump(); c.bump()
    >>> c.n
    2
    """

    def __init__(self):
        self.n = 0

    def bump(self):
        """
        >>> Counter().bump() is None
        True
        """
        self.n += 1

    @staticmethod
    def helper():
        """>>> Counter.helper()
        'help'
        """
        return 'help'


__test__ = {
    'extra': """
    >>> 2 + 2
    5
    """,
}


class Mod:
    pass


mod = type(sys)('fake_doctest_mod')
mod.square = square
mod.printer = printer
mod.Counter = Counter
mod.__test__ = __test__
square.__module__ = printer.__module__ = Counter.__module__ = 'fake_doctest_mod'
Counter.bump.__module__ = Counter.helper.__module__ = 'fake_doctest_mod'
mod.__file__ = 'fake_doctest_mod.py'
sys.modules['fake_doctest_mod'] = mod

# parser
parser = doctest.DocTestParser()
pieces = parser.parse(square.__doc__, 'square')
print([type(p).__name__ for p in pieces])
for ex in parser.get_examples(printer.__doc__):
    print(repr(ex.source), repr(ex.want), repr(ex.exc_msg), ex.lineno, ex.indent, ex.options)
for bad in ('>>>x', '  >>> a\n ... b', ' >>> 1\n2', '>>> # doctest: +ELLIPSIS', '>>> 1 # doctest: +NOPE'):
    try:
        parser.get_examples(bad, 'bad')
    except ValueError as e:
        print('ValueError', e)

# finder
finder = doctest.DocTestFinder()
tests = finder.find(mod)
for t in tests:
    print(t.name, len(t.examples), t.lineno)
print(repr(tests[0]).replace(repr(tests[0].filename), 'F'))

# runner on each test, with the report captured
runner = doctest.DocTestRunner(verbose=False)
out = io.StringIO()
for t in finder.find(mod):
    print(t.name, runner.run(t, out=out.write))
print(out.getvalue())
runner.summarize(verbose=True)

out = io.StringIO()
vrunner = doctest.DocTestRunner(verbose=True)
vrunner.run(finder.find(mod, 'fake_doctest_mod')[0], out=out.write)
print(out.getvalue())

# report flags
def long_output():
    """
    >>> print('\\n'.join('abcdef'))
    a
    b
    X
    d
    e
    f
    """


for flag in (doctest.REPORT_UDIFF, doctest.REPORT_NDIFF, doctest.REPORT_CDIFF):
    out = io.StringIO()
    r = doctest.DocTestRunner(verbose=False, optionflags=flag)
    for t in doctest.DocTestFinder().find(long_output, 'long_output', module=False, globs={}):
        r.run(t, out=out.write)
    print(out.getvalue())

# the unittest side
suite = doctest.DocTestSuite(mod)
print(suite.countTestCases(), [t.id() for t in suite])
print([repr(t) for t in suite][:2], suite._tests[0].shortDescription())
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=0).run(suite)
print(result.testsRun, len(result.failures), len(result.errors))
print(result.failures[0][1].split('\n\n', 1)[1] if result.failures else None)

# testmod on a module
saved = sys.stdout
sys.stdout = buf = io.StringIO()
res = doctest.testmod(mod)
sys.stdout = saved
print(res)
print(buf.getvalue())

print(doctest.script_from_examples(square.__doc__))
print(doctest.OutputChecker().check_output('a ... z\n', 'a b c z\n', doctest.ELLIPSIS))
print(doctest.OutputChecker().check_output('a...b...b\n', 'ab\n', doctest.ELLIPSIS))
print(sorted(doctest.OPTIONFLAGS_BY_NAME.items(), key=lambda kv: kv[1]))

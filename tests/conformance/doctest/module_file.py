import doctest
import io
import os
import sys
import tempfile

# (a module docstring with examples is left out: pyframe does not set a module's __doc__ yet)
SOURCE = '''import os


def double(x):
    """
    >>> double(2)
    4
    >>> double('ab')
    'abab'
    >>> boom()
    >>> double(1)  # doctest: +ELLIPSIS
    3...
    """
    return x * 2


def boom():
    return 1 / 0


class Shape:
    """
    >>> Shape().area()
    0
    """

    def area(self):
        """
        >>> Shape().area() + 1
        1
        """
        return 0
'''


def scrub(text, directory):
    # drop the frame of doctest's own exec (its path and line differ between implementations)
    lines = text.replace(directory, '<tmp>').split('\n')
    out = []
    skip = 0
    for line in lines:
        if skip:
            skip -= 1
            continue
        if 'doctest.py"' in line:
            skip = 1
            continue
        if line.strip() and set(line.strip()) <= set('^~'):
            continue
        out.append(line)
    return '\n'.join(out)


with tempfile.TemporaryDirectory() as d:
    with open(os.path.join(d, 'dt_sample.py'), 'w') as f:
        f.write(SOURCE)
    sys.path.insert(0, d)
    import dt_sample
    saved = sys.stdout
    sys.stdout = buf = io.StringIO()
    try:
        result = doctest.testmod(dt_sample)
        verbose_result = doctest.testmod(dt_sample, verbose=True, report=True)
    finally:
        sys.stdout = saved
    print(result, verbose_result)
    print(scrub(buf.getvalue(), d))
    for t in doctest.DocTestFinder().find(dt_sample):
        print(t.name, t.lineno, [e.lineno for e in t.examples])
    # run_docstring_examples and the skip of globs clearing
    g = {'double': dt_sample.double}
    sys.stdout = buf = io.StringIO()
    try:
        doctest.run_docstring_examples(dt_sample.Shape, {'Shape': dt_sample.Shape}, name='Shape')
        doctest.run_docstring_examples(dt_sample.double, g, verbose=False, name='double')
    finally:
        sys.stdout = saved
    print(scrub(buf.getvalue(), d))
    # testfile
    with open(os.path.join(d, 'notes.txt'), 'w') as f:
        f.write('Some notes.\n\n    >>> x = 6\n    >>> x * 7\n    42\n    >>> x\n    7\n')
    sys.stdout = buf = io.StringIO()
    try:
        print(doctest.testfile(os.path.join(d, 'notes.txt'), module_relative=False))
    finally:
        sys.stdout = saved
    print(scrub(buf.getvalue(), d))
    sys.path.remove(d)

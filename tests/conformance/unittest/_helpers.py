import io
import os
import re
import sys
import unittest

_dir = os.path.dirname(os.path.abspath(__file__)) + os.sep


def run_tests(*classes, verbosity=1, **kw):
    """Runs the classes' tests; prints the runner's output with the timing and paths made stable."""
    suite = unittest.TestSuite()
    loader = unittest.TestLoader()
    for c in classes:
        suite.addTests(loader.loadTestsFromTestCase(c))
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity, **kw).run(suite)
    text = re.sub(r"Ran (\d+) tests? in [0-9.]+s", r"Ran \1 tests in Xs", stream.getvalue())
    print(text.replace(_dir, ""))
    return result

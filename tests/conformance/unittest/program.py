import io
import os
import re
import sys
import tempfile
import unittest

_dir = os.path.dirname(os.path.abspath(__file__)) + os.sep


class Alpha(unittest.TestCase):
    def test_one(self):
        pass

    def test_two(self):
        self.assertEqual(2, 3)

    def test_three_keyword(self):
        pass


def clean(text, *extra):
    text = re.sub(r"Ran (\d+) tests? in [0-9.]+s", r"Ran \1 tests in Xs", text)
    # the standard library's own frames differ between implementations
    text = re.sub(r'  File "[^"]*unittest/loader.py", line \d+, in \w+\n(    .*\n)?', "", text)
    for d in (_dir,) + extra:
        text = text.replace(d, "")
    return text


def run_main(argv, **kw):
    stream = io.StringIO()
    runner = unittest.TextTestRunner(stream=stream)
    prog = unittest.main(module=sys.modules[__name__], argv=argv, testRunner=runner, exit=False, **kw)
    print(argv, prog.result.testsRun, prog.result.wasSuccessful())
    print(clean(stream.getvalue()))


run_main(["prog"])
run_main(["prog", "-k", "one"])
run_main(["prog", "-k", "t*o"])
run_main(["prog", "Alpha.test_one", "Alpha.test_three_keyword"])
run_main(["prog", "-q"])
try:
    unittest.main(module=sys.modules[__name__], argv=["prog", "Alpha.test_one"], testRunner=unittest.TextTestRunner(stream=io.StringIO()))
except SystemExit as e:
    print("SystemExit", e.code)
try:
    unittest.main(module=sys.modules[__name__], argv=["prog"], testRunner=unittest.TextTestRunner(stream=io.StringIO()))
except SystemExit as e:
    print("SystemExit", e.code)

# discovery in a temporary tree
top = tempfile.mkdtemp()
os.makedirs(os.path.join(top, "pkg", "sub"))
for path, body in {
    "test_top.py": "import unittest\nclass T(unittest.TestCase):\n    def test_a(self): pass\n",
    "helper.py": "raise RuntimeError('not a test module')\n",
    "pkg/__init__.py": "",
    "pkg/test_in_pkg.py": "import unittest\nclass P(unittest.TestCase):\n    def test_p(self): pass\n    def test_q(self): self.fail('q')\n",
    "pkg/sub/__init__.py": "",
    "pkg/sub/test_deep.py": "import unittest\nclass D(unittest.TestCase):\n    def test_d(self): pass\n",
    "pkg/sub/test_broken.py": "import unittest\nimport no_such_module_here\n",
    "nopkg/test_hidden.py": "import unittest\nclass H(unittest.TestCase):\n    def test_h(self): pass\n",
}.items():
    full = os.path.join(top, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w") as f:
        f.write(body)
loader = unittest.TestLoader()
suite = loader.discover(top)
print(suite.countTestCases(), len(loader.errors))
ids = []


def collect(s):
    for t in s:
        if isinstance(t, unittest.TestSuite):
            collect(t)
        else:
            ids.append(t.id())


collect(suite)
print(ids)
stream = io.StringIO()
res = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
print(clean(stream.getvalue(), top + os.sep))
suite = unittest.TestLoader().discover(os.path.join(top, "pkg"), pattern="test_deep*", top_level_dir=top)
print(suite.countTestCases())
import shutil
shutil.rmtree(top)

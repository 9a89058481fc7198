import io
import os
import re
import sys
import types
import unittest

_dir = os.path.dirname(os.path.abspath(__file__)) + os.sep


def run(*classes, **kw):
    suite = unittest.TestSuite()
    for c in classes:
        suite.addTests(unittest.TestLoader().loadTestsFromTestCase(c))
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=2, **kw).run(suite)
    text = re.sub(r"Ran (\d+) tests? in [0-9.]+s", r"Ran \1 tests in Xs", stream.getvalue())
    print(text.replace(_dir, ""))
    return result


# a module of its own with failing module fixtures
mod = types.ModuleType("fixture_mod")
mod.__file__ = __file__
sys.modules["fixture_mod"] = mod
exec('''
import unittest
log = []

def setUpModule():
    log.append("setUpModule")
    raise RuntimeError("module setup failed")

def tearDownModule():
    log.append("tearDownModule")

class InMod(unittest.TestCase):
    def test_x(self):
        log.append("test_x")
''', mod.__dict__)
run(mod.InMod)
print(mod.log)

mod2 = types.ModuleType("fixture_mod2")
sys.modules["fixture_mod2"] = mod2
exec('''
import unittest
log = []

def setUpModule():
    log.append("setUpModule")
    unittest.addModuleCleanup(log.append, "moduleCleanup")

def tearDownModule():
    log.append("tearDownModule")
    raise ValueError("teardown module failed")

class A(unittest.TestCase):
    @classmethod
    def tearDownClass(cls):
        raise KeyError("tearDownClass failed")
    def test_a(self):
        log.append("test_a")

class B(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise unittest.SkipTest("skip whole class B")
    def test_b(self):
        log.append("test_b")
''', mod2.__dict__)
run(mod2.A, mod2.B)
print(mod2.log)


class Buffered(unittest.TestCase):
    def test_pass_prints(self):
        print("hidden output")

    def test_fail_prints(self):
        print("visible because it failed")
        sys.stderr.write("on stderr\n")
        self.fail("boom")


old_out, old_err = sys.stdout, sys.stderr
capture = io.StringIO()
sys.stdout = sys.stderr = capture
try:
    r = run(Buffered, buffer=True)
finally:
    sys.stdout, sys.stderr = old_out, old_err
print(repr(capture.getvalue()))


class Cleanups(unittest.TestCase):
    def test_cleanup_error(self):
        self.addCleanup(lambda: 1 / 0)
        self.addCleanup(print, "cleanup runs first (LIFO)")

    def test_enter_context(self):
        class CM:
            def __enter__(self):
                print("enter")
                return 5

            def __exit__(self, *a):
                print("exit", a)
        print(self.enterContext(CM()))

    def test_teardown_error(self):
        pass

    def tearDown(self):
        if self._testMethodName == "test_teardown_error":
            raise OSError("tearDown broke")


run(Cleanups)


class Errors(unittest.TestCase):
    def test_nested_call(self):
        def level1():
            return level2()

        def level2():
            return {}["missing"]
        level1()

    def test_assert_in_helper(self):
        def check(x):
            self.assertEqual(x, 2, "helper check")
        check(1)

    def test_exception_group(self):
        raise ExceptionGroup("grouped", [ValueError("a"), TypeError("b")])


run(Errors)

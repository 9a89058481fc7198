import sys
import unittest
from _helpers import run_tests


class Mixed(unittest.TestCase):
    def test_a_pass(self):
        pass

    def test_b_fail(self):
        self.assertEqual("a", "b")

    def test_c_error(self):
        raise RuntimeError("boom")

    @unittest.skip("not today")
    def test_d_skip(self):
        pass

    @unittest.skipIf(True, "condition")
    def test_e_skipif(self):
        pass

    @unittest.skipUnless(False, "unless")
    def test_f_skipunless(self):
        pass

    @unittest.expectedFailure
    def test_g_xfail(self):
        raise ValueError

    @unittest.expectedFailure
    def test_h_unexpected_success(self):
        pass

    def test_i_skiptest(self):
        self.skipTest("dynamic skip")

    def test_j_doc(self):
        """A docstring line.

        More text.
        """

    def test_k_subtests(self):
        for i in range(4):
            with self.subTest(i=i, label="x"):
                if i == 1:
                    self.fail("odd one")
                if i == 2:
                    raise KeyError(i)

    def test_l_subtest_msg(self):
        with self.subTest("message only"):
            self.assertTrue(False)
        with self.subTest():
            self.assertTrue(False)

    def test_m_nested_error(self):
        def inner():
            return 1 / 0
        try:
            inner()
        except ZeroDivisionError as e:
            raise ValueError("chained") from e


@unittest.skip("whole class")
class Skipped(unittest.TestCase):
    def test_x(self):
        pass


class Fixtures(unittest.TestCase):
    log = []

    @classmethod
    def setUpClass(cls):
        cls.log.append("setUpClass")
        cls.addClassCleanup(cls.log.append, "classCleanup")

    @classmethod
    def tearDownClass(cls):
        cls.log.append("tearDownClass")

    def setUp(self):
        self.log.append("setUp " + self._testMethodName)
        self.addCleanup(self.log.append, "cleanup " + self._testMethodName)

    def tearDown(self):
        self.log.append("tearDown " + self._testMethodName)

    def test_1(self):
        self.log.append("test_1")

    def test_2(self):
        self.log.append("test_2")
        self.fail("in test_2")


class BrokenSetUp(unittest.TestCase):
    def setUp(self):
        raise OSError("setUp failed")

    def test_never(self):
        print("never printed")


class BrokenClassSetUp(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise ValueError("class setup failed")

    def test_never(self):
        pass


for v in (0, 1, 2):
    print("verbosity", v)
    result = run_tests(Mixed, Skipped, verbosity=v)
print(len(result.failures), len(result.errors), len(result.skipped), len(result.expectedFailures), len(result.unexpectedSuccesses))
print([str(t) for t, _ in result.skipped])
result = run_tests(Fixtures, BrokenSetUp, BrokenClassSetUp, verbosity=2)
print(Fixtures.log)
print(result)
result = run_tests(Mixed, verbosity=1, failfast=True)
print(result.testsRun)
t = Mixed("test_a_pass")
print(t, repr(t), t.id(), t.shortDescription(), Mixed("test_j_doc").shortDescription(), t.countTestCases())
try:
    Mixed("nope")
except ValueError as e:
    print(e)
r = unittest.TestResult()
Mixed("test_b_fail").run(r)
print(r, r.failures[0][0], r.failures[0][1].splitlines()[-1])
r = Mixed("test_a_pass").run()
print(r.testsRun, r.wasSuccessful())
suite = unittest.TestSuite([Mixed("test_a_pass"), Mixed("test_b_fail")])
print(suite.countTestCases(), list(suite) == [Mixed("test_a_pass"), Mixed("test_b_fail")])
ft = unittest.FunctionTestCase(lambda: None, description="a function test")
print(ft, ft.shortDescription(), ft.id().startswith("<lambda>"))
print(unittest.TestLoader().getTestCaseNames(Mixed)[:3])
loader = unittest.TestLoader()
loader.testNamePatterns = ["*subtest*"]
print(loader.getTestCaseNames(Mixed))

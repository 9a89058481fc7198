import unittest
from _helpers import run_tests


class Failing(unittest.TestCase):
    maxDiff = None

    def test_equal_int(self):
        self.assertEqual(1, 2)

    def test_equal_msg(self):
        self.assertEqual(1, 2, "custom message")

    def test_equal_list(self):
        self.assertEqual([1, 2, 3], [1, 2, 4])

    def test_equal_list_len(self):
        self.assertEqual([1, 2], [1, 2, 3, 4])

    def test_equal_tuple(self):
        self.assertEqual((1, "a"), (1, "b", 3))

    def test_equal_dict(self):
        self.assertEqual({"a": 1, "b": 2}, {"a": 1, "b": 3})

    def test_equal_set(self):
        self.assertEqual({1, 2}, {2, 3})

    def test_equal_str(self):
        self.assertEqual("hello world", "hello there")

    def test_equal_multiline(self):
        self.assertEqual("line one\nline two\nline three\n", "line one\nline 2\nline three\n")

    def test_long_repr(self):
        self.assertEqual("x" * 100 + "a", "x" * 100 + "b")

    def test_not_equal(self):
        self.assertNotEqual(3, 3)

    def test_true(self):
        self.assertTrue(0)

    def test_false(self):
        self.assertFalse([1])

    def test_is(self):
        self.assertIs(None, 0)

    def test_is_not(self):
        self.assertIsNot(None, None)

    def test_is_none(self):
        self.assertIsNone(5)

    def test_is_not_none(self):
        self.assertIsNotNone(None)

    def test_in(self):
        self.assertIn(4, [1, 2, 3])

    def test_not_in(self):
        self.assertNotIn("a", "abc")

    def test_isinstance(self):
        self.assertIsInstance(3, str)

    def test_not_isinstance(self):
        self.assertNotIsInstance(3, int)

    def test_almost(self):
        self.assertAlmostEqual(1.0, 1.1)

    def test_almost_places(self):
        self.assertAlmostEqual(1.0, 1.01, places=3)

    def test_almost_delta(self):
        self.assertAlmostEqual(10, 12, delta=1)

    def test_not_almost(self):
        self.assertNotAlmostEqual(1.0, 1.00000001)

    def test_greater(self):
        self.assertGreater(1, 2)

    def test_greater_equal(self):
        self.assertGreaterEqual(1, 2)

    def test_less(self):
        self.assertLess(2, 1)

    def test_less_equal(self):
        self.assertLessEqual(2, 1)

    def test_count_equal(self):
        self.assertCountEqual([1, 1, 2], [1, 2, 2])

    def test_count_equal_unhashable(self):
        self.assertCountEqual([[1], [2]], [[1], [3]])

    def test_raises_not_raised(self):
        with self.assertRaises(ValueError):
            pass

    def test_raises_callable(self):
        self.assertRaises(KeyError, lambda: None)

    def test_raises_regex(self):
        with self.assertRaisesRegex(ValueError, r"^bad \d+$"):
            raise ValueError("bad value")

    def test_regex(self):
        self.assertRegex("hello", r"\d")

    def test_not_regex(self):
        self.assertNotRegex("abc123", r"\d+")

    def test_fail(self):
        self.fail("explicit failure")

    def test_seq(self):
        self.assertSequenceEqual([1, 2], (1, 2, 3))

    def test_dict_type(self):
        self.assertDictEqual([], {})

    def test_multiline_type(self):
        self.assertMultiLineEqual("a", 1)


class Passing(unittest.TestCase):
    def test_all(self):
        self.assertEqual([1, 2], [1, 2])
        self.assertAlmostEqual(1.0, 1.00000001)
        self.assertAlmostEqual(1, 1.5, delta=1)
        self.assertNotAlmostEqual(1.0, 2.0)
        self.assertCountEqual("abc", "cba")
        with self.assertRaises(ZeroDivisionError) as cm:
            1 / 0
        self.assertEqual(str(cm.exception), "division by zero")
        self.assertIsNone(cm.exception.__traceback__)
        self.assertRaises(TypeError, int, [])
        with self.assertRaisesRegex(KeyError, "k"):
            {}["k"]
        self.assertRegex("abc", "b")
        self.assertSetEqual({1}, {1})
        self.assertTupleEqual((1,), (1,))
        self.assertListEqual([], [])
        self.assertDictEqual({}, {})
        self.assertMultiLineEqual("a\n", "a\n")
        self.assertSequenceEqual("ab", ["a", "b"])

    def test_raises_type_errors(self):
        with self.assertRaises(TypeError) as cm:
            self.assertRaises(5)
        print(cm.exception)
        with self.assertRaises(TypeError) as cm:
            with self.assertRaises(ValueError, foo=1):
                pass
        print(cm.exception)


class ShortMessages(unittest.TestCase):
    longMessage = False

    def test_short(self):
        self.assertEqual(1, 2, "only this")

    def test_short_default(self):
        self.assertEqual(1, 2)


class SmallDiff(unittest.TestCase):
    maxDiff = 20

    def test_truncated(self):
        self.assertEqual([1, 2, 3, 4, 5, 6, 7], [1, 2, 3, 4, 5, 6, 8])


result = run_tests(Failing, Passing, ShortMessages, SmallDiff)
print(len(result.failures), len(result.errors), result.testsRun, result.wasSuccessful())

# Where a frame stands (f_lineno) once an exception has left it: the raising line, the last
# except clause tested when none matched, the with statement when __exit__ raised.
import sys


class BadExit:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("  caller at", sys._getframe(1).f_lineno - sys._getframe(1).f_code.co_firstlineno)
        raise KeyError("exit")


def raising():
    x = 1
    raise ValueError(x)


def unmatched():
    try:
        [][0]
    except (TypeError,
            KeyError):
        pass
    except ZeroDivisionError:
        pass


def bare_reraise():
    try:
        {}["k"]
    except:
        y = 2
        raise


def with_body_raises():
    with BadExit():
        z = 3
        1 / 0


def with_body_ok():
    with BadExit():
        z = 4
        z += 1


def with_return():
    with BadExit():
        return 5


def nested_call():
    v = 6
    raising()


for fn in (raising, unmatched, bare_reraise, with_body_raises, with_body_ok, with_return, nested_call):
    print(fn.__name__)
    try:
        fn()
    except Exception as e:
        tb = e.__traceback__.tb_next
        while tb is not None:
            code = tb.tb_frame.f_code
            print("  ", code.co_name, tb.tb_lineno - code.co_firstlineno, tb.tb_frame.f_lineno - code.co_firstlineno)
            tb = tb.tb_next


def finally_reraise():
    try:
        1 / 0
    finally:
        w = 7
        w += 1


def finally_with_handler():
    try:
        try:
            {}[8]
        except KeyError:
            raise
    finally:
        w = 9


for fn in (finally_reraise, finally_with_handler):
    print(fn.__name__)
    try:
        fn()
    except Exception as e:
        tb = e.__traceback__.tb_next
        code = fn.__code__
        print("  ", tb.tb_lineno - code.co_firstlineno, tb.tb_frame.f_lineno - code.co_firstlineno)


class PassExit:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def with_exit_lets_through():
    with PassExit():
        v = 10
        [][v]
        v += 1


def with_exit_lets_through_nested():
    with PassExit():
        with PassExit():
            {}[11]


for fn in (with_exit_lets_through, with_exit_lets_through_nested):
    try:
        fn()
    except LookupError as e:
        tb = e.__traceback__.tb_next
        code = fn.__code__
        print(fn.__name__, tb.tb_lineno - code.co_firstlineno, tb.tb_frame.f_lineno - code.co_firstlineno)

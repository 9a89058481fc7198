# assert: message evaluated only on failure, AssertionError args
def check(cond, msg_calls):
    def msg():
        msg_calls.append(1)
        return "message"
    assert cond, msg()
calls = []
check(True, calls)
print("calls after pass", calls)
try:
    check(0, calls)
except AssertionError as e:
    print(type(e).__name__, e, e.args, calls)
try:
    assert False
except AssertionError as e:
    print(repr(e), e.args)
try:
    assert [], ("tuple", 1)
except AssertionError as e:
    print(repr(e), e.args)
try:
    assert None, None
except AssertionError as e:
    print(repr(e), e.args, str(e) == "None")
class Falsy:
    def __bool__(self):
        print("bool called")
        return False
try:
    assert Falsy(), "falsy object"
except AssertionError as e:
    print(e)
class BadBool:
    def __bool__(self):
        raise ValueError("no truth")
try:
    assert BadBool()
except ValueError as e:
    print(type(e).__name__, e)
# the message expression may itself raise
try:
    assert 0, 1 / 0
except ZeroDivisionError as e:
    print(type(e).__name__, e)
# AssertionError is looked up as the builtin even if shadowed at module level
AssertionError = KeyError
try:
    assert False, "shadowed"
except KeyError:
    print("caught KeyError")
except BaseException as e:
    print("caught", type(e).__name__, e)
del AssertionError
print(__debug__)

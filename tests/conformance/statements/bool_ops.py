# and/or/not return operand values and short-circuit
def v(x):
    print("eval", repr(x))
    return x
print(repr(v(0) and v(1)))
print(repr(v(2) and v(3)))
print(repr(v("") or v([])))
print(repr(v(None) or v("x") or v("y")))
print(repr(v(1) and v(0) or v("fallback")))
print(repr(not v([])), repr(not v([0])))
print([] and 1, {} or (), 0 or 0.0, 0.0 or 0, "" and "x")
# __bool__ called once per evaluation
class B:
    def __init__(self, val):
        self.val = val
    def __bool__(self):
        print("bool", self.val)
        return self.val
    def __repr__(self):
        return f"B({self.val})"
print(B(True) and B(False))
print(B(False) or B(True))
print(not B(True))
# __bool__ in an if with and/or evaluates truth of the chosen operand again
if B(True) and B(True):
    print("both")
x = B(False) or B(False)
print(x)
# __bool__ must return bool
class Bad:
    def __bool__(self):
        return 1
try:
    Bad() and 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    not Bad()
except TypeError as e:
    print(type(e).__name__, e)
class BadLen:
    def __len__(self):
        return -1
try:
    bool(BadLen())
except ValueError as e:
    print(type(e).__name__, e)
class FloatLen:
    def __len__(self):
        return 1.5
try:
    if FloatLen(): pass
except TypeError as e:
    print(type(e).__name__, e)
class BigLen:
    def __len__(self):
        return 2 ** 70
try:
    bool(BigLen())
except OverflowError as e:
    print(type(e).__name__, e)
# __bool__ = None makes an instance un-truthable
class NoBool:
    __bool__ = None
try:
    bool(NoBool())
except TypeError as e:
    print(type(e).__name__, e)
# precedence: not binds looser than comparisons, and tighter than or
print(not 1 == 2, not (1 == 2) and 0, 1 or 0 and 0)
print(True + True, -True, ~False, True * 3.5)
# truth tests of and/or/not/chains in conditions call __bool__ once per operand
calls = 0
class C:
    def __init__(self, val):
        self.val = val
    def __bool__(self):
        global calls
        calls += 1
        return self.val
F, T = C(False), C(True)
class Lt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return C(self.v)
def count(label, fn):
    global calls
    calls = 0
    fn()
    print(label, calls)
def t1():
    if F and T: pass
def t2():
    if T or F: pass
def t3():
    x = F or F
def t4():
    return 1 if (F and T) else 2
def t5():
    assert T or F
def t6():
    return [1 for i in [1] if F and T]
def t7():
    return not (F and T)
def t8():
    while F and T: pass
def t9():
    match 1:
        case 1 if F and T: pass
        case _: pass
def t10():
    if (F or T) and (T or F): pass
def t11():
    if (F and T) or F: pass
def t13():
    if not (F or F): pass
def t14():
    y = not (F and T) or F
def t15():
    if Lt(False) < 1 < 2: pass
def t16():
    x = Lt(False) < 1 < 2
def t17():
    if Lt(True) < 1 < 2: pass
def t18():
    while not (T and F) and F: pass
for fn in [t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11, t13, t14, t15, t16, t17, t18]:
    count(fn.__name__, fn)

# literal, value, capture, wildcard and group patterns
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
class Consts:
    ZERO = 0
    NAN = float("nan")
def lit(x):
    match x:
        case None: return "None"
        case True: return "True"
        case False: return "False"
        case 0: return "zero"
        case -1: return "minus one"
        case 1.5: return "one and a half"
        case 2 + 3j: return "complex"
        case -2 - 1j: return "neg complex"
        case "s" "t": return "concatenated str"
        case b"b": return "bytes"
        case Color.RED: return "enum red"
        case Consts.ZERO: return "never: 0 matched first"
        case (((7))): return "group 7"
        case _: return "other"
for v in [None, True, False, 0, 0.0, 1, 1.0, -1, 1.5, 2 + 3j, -2 - 1j, "st", b"b", bytearray(b"b"), Color.RED, 1 == 1, 7, "7", Color.GREEN]:
    print(repr(v), "->", lit(v))
# True/False/None compare by identity, numbers by ==
class EqAll:
    def __eq__(self, o):
        print("EqAll.__eq__", o)
        return True
def eq_check(x):
    match x:
        case None: return "None"
        case True: return "True"
        case 5: return "5"
        case "x": return "x"
    return "nothing"
print(eq_check(EqAll()))
# value pattern evaluated at match time
class Box:
    value = 1
def val(x):
    match x:
        case Box.value: return "matches Box.value"
        case _: return "no"
print(val(1))
Box.value = 2
print(val(1), val(2))
# NaN never matches by value
print(lit(Consts.NAN))
match Consts.NAN:
    case Consts.NAN: print("nan matched")
    case _: print("nan did not match")
# capture patterns bind, wildcard does not
match 42:
    case x:
        print("captured", x)
match 43:
    case _:
        print("wildcard; _ bound?", "_" in dir())
# capture with a guard; failed guards leave bindings in place
match 10:
    case n if n > 100:
        print("big")
    case m if m > 5:
        print("medium", m, n)
# the subject is evaluated once
def subject():
    print("subject evaluated")
    return 3
match subject():
    case 1: pass
    case 2: pass
    case 3: print("three")
# match on soft-keyword names used as identifiers
match = [1, 2]
case = "case"
_ = "underscore"
print(match, case, _)
match match:
    case [1, case]:
        print("soft keywords as names", case)

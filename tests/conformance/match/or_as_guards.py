# or-patterns, as-patterns, guards and binding semantics
def classify(x):
    match x:
        case 0 | 1 | 2 as small:
            return f"small {small}"
        case [1, y] | [y, 1]:
            return f"pair with 1, other {y}"
        case {"k": v} | {"key": v}:
            return f"mapping {v}"
        case (int() | float()) as num if num < 0:
            return f"negative {num}"
        case str() as s if s.isdigit():
            return f"digits {s}"
        case str(s) if len(s) > 3:
            return f"long string {s}"
        case [*_] as seq if len(seq) > 3:
            return f"long sequence of {len(seq)}"
        case _:
            return "other"
for v in [0, 2, [1, 5], [7, 1], [1, 1], {"key": 3}, {"k": 1, "key": 2}, -4, -0.5, "123", "abcd", "ab", [1, 2, 3, 4], [1, 2, 3]]:
    print(repr(v), "->", classify(v))
# guards are evaluated only after the pattern matched, and bindings stay after a failed guard
calls = []
def guard(tag, result):
    calls.append(tag)
    return result
match [1, 2]:
    case [a, b] if guard("first", False):
        print("not here")
    case [c] if guard("never", True):
        print("not here")
    case [d, e] if guard("second", True):
        print("matched second", a, b, d, e)
print(calls)
# a failed pattern does not bind (names from partially matched sub-patterns are not stored)
def partial():
    match [1, 2, 3]:
        case [x, y, 4]:
            pass
        case _:
            pass
    try:
        return x
    except UnboundLocalError as e:
        return f"UnboundLocalError: {e}"
print(partial())
# or-pattern alternatives tried left to right, bindings from the matching one
def which(v):
    match v:
        case (1, z) | (z, 2):
            return z
print(which((1, 9)), which((5, 2)), which((1, 2)))
# as-pattern binds the subject of the sub-pattern
match {"point": (3, 4)}:
    case {"point": (x, y) as pt}:
        print(pt, x, y, type(pt).__name__)
# nested or in sequences
match [3, "b"]:
    case [1 | 2 | 3 as n, "a" | "b" as letter]:
        print(n, letter)
# guard with side effects on the bound names
match 5:
    case n if (n := n * 2) > 5:
        print("walrus in guard rebinds", n)
# exceptions in guards propagate
try:
    match 1:
        case x if 1 / 0:
            pass
except ZeroDivisionError as e:
    print(type(e).__name__, e)
# match is a statement: the subject can be any expression, including tuples without parentheses
point = (1, 2)
match point[0], point[1]:
    case (1, 2):
        print("tuple subject")
match *point, 3:
    case [1, 2, 3]:
        print("starred subject")
# no case matches: nothing happens
match 99:
    case 1:
        print("no")
print("after unmatched match")
# the match subject is evaluated once and cases in order
order = []
class Probe:
    def __eq__(self, o):
        order.append(o)
        return o == 3
match Probe():
    case 1 | 2:
        pass
    case 3:
        print("probe matched 3", order)

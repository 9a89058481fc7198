from _check import check
check("enumerate", lambda: list(enumerate("ab")))
check("enumerate start", lambda: list(enumerate("ab", 5)))
check("enumerate start kw", lambda: list(enumerate("ab", start=-1)))
check("enumerate big start", lambda: list(enumerate("ab", 2**63 - 1)))
check("enumerate iterable kw", lambda: list(enumerate(iterable="x")))
check("enumerate float start", lambda: enumerate("a", 1.5))
check("enumerate non-iterable", lambda: enumerate(1))
check("enumerate no args", lambda: enumerate())
check("enumerate too many", lambda: enumerate("a", 1, 2))
check("enumerate bad kw", lambda: enumerate("a", step=1))
check("enumerate type", lambda: type(enumerate([])).__name__)

check("zip", lambda: list(zip("abc", range(5))))
check("zip none", lambda: list(zip()))
check("zip one", lambda: list(zip([1, 2])))
check("zip three", lambda: list(zip("ab", "cd", "ef")))
check("zip non-iterable", lambda: zip([1], 2))
check("zip non-iterable 1", lambda: zip(1))
check("zip strict ok", lambda: list(zip("ab", "cd", strict=True)))
check("zip strict short 2", lambda: list(zip("abc", "cd", strict=True)))
check("zip strict long 2", lambda: list(zip("ab", "cde", strict=True)))
check("zip strict short 3", lambda: list(zip("ab", "ab", "a", strict=True)))
check("zip strict long 3", lambda: list(zip("ab", "ab", "abc", strict=True)))
check("zip strict arg 1 short", lambda: list(zip("a", "ab", "ab", strict=True)))
check("zip strict False", lambda: list(zip("a", "ab", strict=False)))
check("zip bad kw", lambda: zip("a", foo=True))
consumed = []
def tracking(name, n):
    for i in range(n):
        consumed.append((name, i))
        yield i
check("zip consumption order", lambda: (list(zip(tracking("a", 3), tracking("b", 1))), consumed))
def strict_partial():
    it = zip("ab", "a", strict=True)
    out = [next(it)]
    try:
        next(it)
    except ValueError as e:
        out.append(str(e))
    return out
check("zip strict partial", strict_partial)

check("map one", lambda: list(map(str, [1, 2])))
check("map two", lambda: list(map(pow, [2, 3], [3, 2])))
check("map shortest", lambda: list(map(lambda a, b: a + b, "abc", "xy")))
check("map three", lambda: list(map(lambda *a: sum(a), [1], [2], [3])))
check("map no iterable", lambda: map(str))
check("map no args", lambda: map())
check("map non-iterable", lambda: map(str, 1))
check("map non-callable", lambda: list(map(1, [1])))
check("map kw", lambda: map(str, [1], strict=True))
check("map lazy", lambda: type(map(print, [1])).__name__)
check("map exception", lambda: list(map(int, ["1", "x"])))

check("filter None", lambda: list(filter(None, [0, 1, "", "a", None, [], [0]])))
check("filter func", lambda: list(filter(str.isdigit, "a1b2")))
check("filter bool", lambda: list(filter(bool, [0, 2])))
check("filter non-iterable", lambda: filter(None, 1))
check("filter one arg", lambda: filter(None))
check("filter kw", lambda: filter(None, [], x=1))
check("filter non-callable", lambda: list(filter(5, [1])))
check("filter type", lambda: type(filter(None, [])).__name__)
class Falsy:
    def __bool__(self):
        return False
check("filter __bool__", lambda: list(filter(None, [Falsy(), 1])))

from _check import check
import sys
def names(*objs):
    return [type(o).__name__ for o in objs]
check("sequence iterators", lambda: names(iter([]), iter(()), iter(""), iter("é"), iter(b""), iter(bytearray()), iter(range(3)), iter(range(2**70))))
check("mapping iterators", lambda: names(iter({}), iter({}.keys()), iter({}.values()), iter({}.items()), reversed({}), reversed({}.values()), reversed({}.items())))
check("set iterators", lambda: names(iter(set()), iter(frozenset())))
check("reverse iterators", lambda: names(reversed([]), reversed(()), reversed(range(3)), reversed("ab")))
check("functional", lambda: names(map(str, []), filter(None, []), zip(), enumerate([]), iter(int, 1)))
class Seq:
    def __getitem__(self, i):
        raise IndexError
check("old-style", lambda: names(iter(Seq())))
check("generator-ish", lambda: names((x for x in []), iter(memoryview(b"a"))))
check("views", lambda: names({}.keys(), {}.values(), {}.items()))
check("iterators are their own iter", lambda: all(iter(i) is i for i in (iter([]), iter(""), iter({}), map(str, []), zip(), iter(range(1)))))
check("modules", lambda: sorted(set(type(i).__module__ for i in (iter([]), iter(""), iter({}), map(str, [])))))
check("not subclassable list_iterator", lambda: type("X", (type(iter([])),), {}))
check("not instantiable", lambda: type(iter([]))())
check("length_hint list", lambda: iter([1, 2, 3]).__length_hint__())
check("length_hint after next", lambda: (lambda it: (next(it), it.__length_hint__())[1])(iter([1, 2, 3])))
check("length_hint dict", lambda: iter({1: 2}).__length_hint__())
check("length_hint str", lambda: iter("abc").__length_hint__())
check("no length_hint map", lambda: hasattr(map(str, []), "__length_hint__"))
check("exhausted stays exhausted", lambda: (lambda it: (list(it), list(it)))(iter([1])))
check("list iterator sees appends", lambda: (lambda l: (lambda it: (next(it), l.append(2), list(it))[2])(iter(l)))([1]))
check("exhausted list iterator ignores appends", lambda: (lambda l: (lambda it: (list(it), l.append(2), list(it))[2])(iter(l)))([1]))
check("dict changed size", lambda: (lambda d: [d.__setitem__(k + 1, 0) for k in d])({1: 0}))
check("set changed size", lambda: (lambda s: [s.add(k + 1) for k in s])({1}))
check("dict keys changed during iteration", lambda: (lambda d: [d.pop(k) or d.__setitem__(k + 10, 1) for k in d])({1: 1}))
check("reduce of list iterator", lambda: iter([1, 2]).__reduce__()[0].__name__)
check("setstate", lambda: (lambda it: (it.__setstate__(1), list(it))[1])(iter([1, 2, 3])))

from _check import check
check("iter list", lambda: next(iter([1, 2])))
check("iter int", lambda: iter(5))
check("iter none", lambda: iter(None))
check("iter no args", lambda: iter())
check("iter 3 args", lambda: iter(1, 2, 3))
check("next non-iterator", lambda: next([1]))
check("next default", lambda: next(iter([]), "dflt"))
check("next exhausted", lambda: next(iter([])))
check("next no args", lambda: next())
check("next kw", lambda: next(iter([]), default=1))
# callable-sentinel form
counter = iter([1, 2, 3, 4, 5])
it = iter(lambda: next(counter), 3)
check("sentinel form", lambda: list(it))
check("sentinel form type", lambda: type(iter(int, 1)).__name__)
check("sentinel not callable", lambda: iter(5, 1))
check("sentinel stops on StopIteration", lambda: list(iter(iter([1, 2]).__next__, 99)))
calls = []
def f():
    calls.append(1)
    return len(calls)
it2 = iter(f, 2)
check("after sentinel", lambda: (list(it2), next(it2, "done")))
# __getitem__ protocol
class Seq:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
check("old-style iteration", lambda: list(Seq()))
check("old-style iter type", lambda: type(iter(Seq())).__name__)
class SeqStop:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration
        return i
check("getitem StopIteration", lambda: list(SeqStop()))
class NotIter:
    __iter__ = None
check("__iter__ None", lambda: iter(NotIter()))
class BadIter:
    def __iter__(self):
        return 5
check("__iter__ returns non-iterator", lambda: iter(BadIter()))
class IterNoNext:
    def __iter__(self):
        return self
check("__iter__ returns self without __next__", lambda: iter(IterNoNext()))
class Raising:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration(7)
check("next propagates StopIteration args", lambda: next(Raising()))
def catch_stop():
    try:
        next(Raising())
    except StopIteration as e:
        return e.value
check("StopIteration value", catch_stop)
check("next default on iterator with value", lambda: next(Raising(), "d"))
check("iter of iterator is itself", lambda: (lambda i: iter(i) is i)(iter([])))
check("iter str", lambda: list(iter("ab")))
check("iter dict", lambda: list(iter({"a": 1, "b": 2})))
check("len of iterator", lambda: len(iter([1])))
check("length_hint", lambda: iter([1, 2, 3]).__length_hint__())

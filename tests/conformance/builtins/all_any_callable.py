from _check import check
check("all empty", lambda: all([]))
check("any empty", lambda: any([]))
check("all values", lambda: all([1, "a", [0]]))
check("all with zero", lambda: all([1, 0, 1]))
check("any values", lambda: any([0, "", None, 3]))
check("any none", lambda: any([0, "", None]))
check("all int", lambda: all(5))
check("any no args", lambda: any())
check("all two args", lambda: all([], []))
def noisy():
    for x in [1, 0, "never"]:
        print("  yielding", repr(x))
        yield x
check("all short-circuits", lambda: all(noisy()))
check("any short-circuits", lambda: any(noisy()))
class Bad:
    def __bool__(self):
        raise ValueError("no truth")
check("all bool error", lambda: all([Bad()]))
class Weird:
    def __bool__(self):
        return 2
check("any bad __bool__", lambda: any([Weird()]))
class LenZero:
    def __len__(self):
        return 0
check("all __len__", lambda: all([LenZero()]))

check("callable func", lambda: callable(len))
check("callable class", lambda: callable(int))
check("callable instance", lambda: callable(object()))
check("callable lambda", lambda: callable(lambda: 0))
class C:
    def __call__(self):
        pass
class NotC:
    pass
n = NotC()
n.__call__ = lambda: 0
check("callable __call__ class", lambda: callable(C()))
check("callable instance attribute", lambda: callable(n))
check("callable method", lambda: callable(C().__call__))
check("callable none", lambda: callable(None))
check("callable no args", lambda: callable())
check("callable kw", lambda: callable(obj=1))

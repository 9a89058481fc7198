# What cannot be pickled, and the messages (the exception classes report module _pickle).
import pickle
import copyreg


def attempt(obj, proto=4):
    try:
        pickle.dumps(obj, proto)
        print('pickled', type(obj).__name__)
    except Exception as e:
        print(type(e).__module__, type(e).__name__, str(e).split(' at 0x')[0])


def outer():
    def inner():
        pass
    return inner


class R1:
    def __reduce__(self):
        return 5


class R2:
    def __reduce__(self):
        return (1,)


class R3:
    def __reduce__(self):
        return (len, 5)


class R4:
    def __reduce__(self):
        return (5, ())


class R5:
    def __reduce__(self):
        return 'R5x'


class R6:
    def __reduce__(self):
        return (len, (), None, 5)


class R7:
    def __reduce__(self):
        return (copyreg.__newobj__, ())


class R8:
    def __reduce__(self):
        return (copyreg.__newobj__, (int,))


attempt(lambda: 0)
attempt(outer())
attempt(x for x in [])
attempt(iter([]))
for cls in (R1, R2, R3, R4, R5, R6, R7, R8):
    attempt(cls())
attempt(1, 6)
for bad in (pickle.PickleError, pickle.PicklingError, pickle.UnpicklingError):
    print(bad.__module__, bad.__name__, [c.__name__ for c in bad.__mro__])
try:
    pickle.Pickler(None)
except TypeError as e:
    print(type(e).__name__, e)
for args in ((open, 2), (open(__file__, 'rb'), 2)):
    try:
        pickle.Pickler(*args, buffer_callback=print)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
    finally:
        if not callable(args[0]):
            args[0].close()
print(pickle.dumps(1, -1))

# Functions CPython writes in C (open and the io classes, pickle.dumps, binascii, warnings.warn
# under an "error" filter) put no frame of their own in a traceback; a user function they call
# back does.
import binascii
import io
import pickle
import traceback
import warnings


def frames(f):
    try:
        f()
    except Exception as e:
        return type(e).__name__, [fr.name for fr in traceback.extract_tb(e.__traceback__)]
    return None


print(frames(lambda: open("/nonexistent/dir/file")))
print(frames(lambda: io.StringIO().write(1)))
print(frames(lambda: binascii.unhexlify("abc")))


class Refuses:
    def __reduce__(self):
        raise ValueError("not picklable")


print(frames(lambda: pickle.dumps(Refuses())))
print(frames(lambda: pickle.loads(b"garbage")))


def warn_as_error():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        warnings.warn("deprecated thing", DeprecationWarning)


print(frames(warn_as_error))
# simplefilter is Python code in CPython too: its frame shows
print(frames(lambda: warnings.simplefilter("bogus")))

# the builtin exception hierarchy and OSError's errno-based subclasses
def chain(cls):
    return " > ".join(c.__name__ for c in cls.__mro__[:-1])
for cls in [KeyError, IndexError, ZeroDivisionError, OverflowError, FileNotFoundError, PermissionError, TimeoutError, ConnectionResetError,
            UnicodeDecodeError, UnicodeEncodeError, UnicodeTranslateError, RecursionError, NotImplementedError, ModuleNotFoundError,
            StopAsyncIteration, GeneratorExit, KeyboardInterrupt, SystemExit, TabError, FloatingPointError, BrokenPipeError, IsADirectoryError,
            DeprecationWarning, SyntaxWarning, UserWarning, ResourceWarning, EncodingWarning, BaseExceptionGroup, ExceptionGroup]:
    print(chain(cls))
print(EnvironmentError is OSError, IOError is OSError)
# OSError(errno, strerror) picks a subclass
import errno
for code in [errno.ENOENT, errno.EACCES, errno.EEXIST, errno.EISDIR, errno.ENOTDIR, errno.EPIPE, errno.ETIMEDOUT, errno.ECHILD, errno.EINTR, 999]:
    e = OSError(code, "message")
    print(code, type(e).__name__, e.errno, e.strerror, str(e))
e = OSError(2, "No such file", "path.txt")
print(type(e).__name__, e.filename, str(e), repr(e), e.args)
e = OSError(2, "No such file", "a", None, "b")
print(str(e), e.filename2)
e = OSError("just a message")
print(e.errno, e.strerror, str(e), e.args)
e = OSError(1, 2, 3, 4, 5, 6)
print(e.args, e.errno)
# subclasses constructed directly keep their class
e = FileNotFoundError(13, "denied")
print(type(e).__name__, e.errno)
# UnicodeError attributes
u = UnicodeDecodeError("utf-8", b"\xffabc", 0, 1, "invalid start byte")
print(u.encoding, u.object, u.start, u.end, u.reason, str(u))
u = UnicodeEncodeError("ascii", "héllo", 1, 2, "ordinal not in range(128)")
print(str(u))
try:
    UnicodeDecodeError("x")
except TypeError as err:
    print(type(err).__name__, err)
# StopIteration.value, SystemExit.code, KeyError str
print(StopIteration().value, StopIteration(1, 2).value, SystemExit().code, SystemExit(1, 2).code, str(KeyError("k")), str(KeyError()))
# exception classes are not instantiable with keyword arguments
try:
    ValueError(x=1)
except TypeError as err:
    print(type(err).__name__, err)
# custom exception with extra attributes and __str__
class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return f"[{self.code}] {self.args[0]}"
try:
    raise AppError(42, "broken")
except AppError as err:
    print(err, repr(err), err.args, err.code)

import sys
import os
print(type(sys.argv).__name__, len(sys.argv), os.path.basename(sys.argv[0]))
print(sys.path[0] == os.path.dirname(os.path.abspath(__file__)))
print(type(sys.path).__name__, all(isinstance(p, str) for p in sys.path))
print(sys.modules["sys"] is sys, sys.modules["__main__"].__name__, "builtins" in sys.modules)
print(sys.modules["__main__"] is __import__("__main__"))
print(sys.version_info[:2], sys.version_info.major, sys.version_info.minor, sys.version_info >= (3, 11), sys.version_info < (3, 12))
print(type(sys.version_info).__name__, len(sys.version_info), sys.version_info[0] == sys.version_info.major)
print(sys.version.startswith("3.11"), sys.hexversion >> 16 == 0x30b)
print(sys.implementation.name in ("cpython", "pyframe"), sys.implementation.cache_tag is None or isinstance(sys.implementation.cache_tag, str))
print(sys.maxsize, sys.maxsize == 2**63 - 1, sys.maxunicode)
print(sys.byteorder, sys.platform in ("linux", "darwin", "win32"))
print(sys.flags.optimize, sys.flags.dont_write_bytecode in (0, 1, True, False), sys.flags.interactive, sys.flags.debug, sys.flags.verbose)
print(type(sys.flags).__name__, type(sys.flags.quiet).__name__)
print(sys.getdefaultencoding(), sys.getfilesystemencoding())
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.int_info.bits_per_digit in (15, 30), sys.hash_info.width, sys.hash_info.modulus == 2**61 - 1, sys.hash_info.inf)
print(sys.float_repr_style, sys.get_int_max_str_digits())
print(callable(sys.exit), callable(sys.exc_info), callable(sys._getframe))
print(sys.stdin is sys.__stdin__, sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)
print(sys.is_finalizing())
try:
    sys.version_info.major = 4
except AttributeError as e:
    print(type(e).__name__, e)
try:
    sys.version_info[0] = 4
except TypeError as e:
    print(type(e).__name__, e)
for name in ("displayhook", "excepthook", "unraisablehook"):
    print(name, getattr(sys, name) is getattr(sys, "__" + name + "__"))
print(sys.intern("hello") == "hello", sys.intern("x" * 3) is sys.intern("xxx"))
try:
    sys.intern(b"bytes")
except TypeError as e:
    print(type(e).__name__, e)
class S(str):
    pass
try:
    sys.intern(S("sub"))
except TypeError as e:
    print(type(e).__name__, e)

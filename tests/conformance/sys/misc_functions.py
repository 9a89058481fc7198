import sys
print(sys.call_tracing(lambda a, b: a + b, (1, 2)))
try:
    sys.call_tracing(len, [1])
except TypeError as e:
    print(type(e).__name__, e)
print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.getfilesystemencodeerrors())
for f in (sys.getdefaultencoding, sys.getrecursionlimit, sys.is_finalizing):
    try:
        f(1)
    except TypeError as e:
        print(type(e).__name__, e)
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(1000)
print(sys.get_int_max_str_digits())
try:
    str(10 ** 1500)
except ValueError as e:
    print(type(e).__name__, str(e)[:60])
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(type(e).__name__, e)
sys.set_int_max_str_digits(0)
print(len(str(10 ** 5000)))
sys.set_int_max_str_digits(4300)
print(type(sys.getswitchinterval()).__name__)
print(sys.exc_info() == (None, None, None))
print(type(sys.thread_info).__name__ if hasattr(sys, "thread_info") else "thread_info")
print(isinstance(sys.api_version, int), isinstance(sys.hexversion, int))
print(sys.float_info.radix, sys.float_info.rounds, sys.float_info.min_exp, sys.float_info.max_10_exp)
print(repr(sys.float_info)[:30])
print(repr(sys.version_info)[:44])
print(sys.version_info.releaselevel, sys.version_info.serial, sys.version_info.micro >= 0)
print(tuple(sys.version_info)[:3] == (sys.version_info.major, sys.version_info.minor, sys.version_info.micro))
print(sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
print(type(sys.builtin_module_names).__name__, "sys" in sys.builtin_module_names, "builtins" in sys.builtin_module_names)
print(type(sys.warnoptions).__name__, type(sys._xoptions).__name__)
print(sys.dont_write_bytecode in (True, False))

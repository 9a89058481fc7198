import builtins
from _check import check
check("builtins.len is len", lambda: builtins.len is len)
check("__builtins__ in module", lambda: __builtins__ is builtins or __builtins__ is builtins.__dict__)
check("builtins name/doc", lambda: (builtins.__name__, builtins.__doc__ is not None))
check("builtins repr", lambda: repr(builtins))
orig_len = builtins.len
builtins.len = lambda x: "patched len"
def uses_len():
    return len([1, 2])
check("patched builtin seen by functions", uses_len)
builtins.len = orig_len
check("restored", uses_len)
builtins.brand_new_builtin = "available everywhere"
check("new builtin", lambda: brand_new_builtin)
del builtins.brand_new_builtin
check("deleted builtin", lambda: brand_new_builtin)
len = lambda x: "module-level shadow"
check("global shadows builtin", lambda: len([]))
del len
check("shadow removed", lambda: len([1]))
def local_shadow():
    print = "local print"
    return print
check("local shadow", local_shadow)
check("name error message", lambda: undefined_builtin_name)
check("name error suggestion", lambda: lenn)
check("True/None are keywords", lambda: compile("True = 1", "<s>", "exec"))
check("builtins has no __builtins__ recursion", lambda: hasattr(builtins, "__builtins__"))
check("Ellipsis/NotImplemented names", lambda: (builtins.Ellipsis, builtins.NotImplemented))
check("__debug__", lambda: (__debug__, builtins.__debug__))
check("assign __debug__", lambda: compile("__debug__ = 1", "<s>", "exec"))
check("exceptions are builtins", lambda: all(isinstance(getattr(builtins, n), type) for n in ("ValueError", "KeyError", "ExceptionGroup", "BaseExceptionGroup", "EncodingWarning")))
check("copyright/credits/license exist", lambda: all(hasattr(builtins, n) for n in ("copyright", "credits", "license")))
check("help exists", lambda: hasattr(builtins, "help"))
check("exec with custom builtins dict", lambda: (lambda g: (exec("r = len('abc')", g), g["r"])[1])({"__builtins__": {"len": lambda s: -1}}))
check("functions keep their module's builtins", lambda: eval("f()", {"__builtins__": {}, "f": uses_len}))
names = sorted(n for n in dir(builtins) if not n.startswith("_"))
check("count of public builtins", lambda: len(names))
check("public builtins", lambda: names)

from _check import check
import os
def f(a, b, /, c, d=1, *args, e, g=2, **kw):
    local = a
    def inner():
        return local
    return inner
co = f.__code__
check("co_name", lambda: co.co_name)
check("co_qualname", lambda: co.co_qualname)
check("co_argcount", lambda: (co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount))
check("co_varnames", lambda: co.co_varnames)
check("co_cellvars", lambda: co.co_cellvars)
check("co_freevars", lambda: co.co_freevars)
check("co_nlocals", lambda: co.co_nlocals)
check("co_filename", lambda: os.path.basename(co.co_filename))
check("co_filename same as __file__", lambda: co.co_filename == __file__)
check("co_firstlineno", lambda: co.co_firstlineno)
check("flags varargs", lambda: (bool(co.co_flags & 0x04), bool(co.co_flags & 0x08)))
check("flags optimized newlocals", lambda: co.co_flags & 0x03)
def gen():
    yield
async def coro():
    pass
check("generator flag", lambda: bool(gen.__code__.co_flags & 0x20))
check("coroutine flag", lambda: bool(coro.__code__.co_flags & 0x80))
check("nested flag", lambda: bool(f(1, 2, 3, e=4).__code__.co_flags & 0x10))
check("inner freevars", lambda: f(1, 2, 3, e=4).__code__.co_freevars)
check("inner qualname", lambda: f(1, 2, 3, e=4).__code__.co_qualname)
check("lambda", lambda: ((lambda x: x).__code__.co_name, (lambda: 0).__code__.co_argcount))

class K:
    def m(self):
        pass
check("method qualname", lambda: K.m.__code__.co_qualname)
check("module code", lambda: compile("x = 1", "mod.py", "exec").co_name)
check("eval code", lambda: compile("x", "e.py", "eval").co_name)
check("code type name", lambda: type(co).__name__)
check("replace", lambda: co.replace(co_name="renamed").co_name)
check("replace keeps", lambda: co.replace(co_name="r").co_varnames == co.co_varnames)
check("replace bad kw", lambda: co.replace(co_bogus=1))
check("equality", lambda: (co == co, co == K.m.__code__))
check("hash stable", lambda: hash(co) == hash(co))
check("repr prefix", lambda: repr(co).split(" at ")[0])
check("repr suffix", lambda: repr(co).split(", ")[1:])
def documented():
    "the doc"
check("setattr", lambda: setattr(co, "co_name", "x"))
check("setattr varnames", lambda: setattr(co, "co_varnames", ()))
check("replace positional", lambda: co.replace(1))
check("replace bad type", lambda: co.replace(co_name=1))
check("replace filename line", lambda: (co.replace(co_filename="other.py", co_firstlineno=99).co_filename, co.replace(co_firstlineno=99).co_firstlineno))
check("exec code", lambda: (exec(compile("r = 6 * 7", "<c>", "exec"), d := {}), d["r"])[1])
check("code of builtin", lambda: len.__code__)

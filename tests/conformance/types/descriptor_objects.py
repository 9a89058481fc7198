from _check import check
import types
class S:
    __slots__ = ("x",)
class D:
    pass
mem = S.__dict__["x"]
gs = D.__dict__["__dict__"]
fn_name = types.FunctionType.__dict__["__name__"]
check("types", lambda: (type(mem).__name__, type(gs).__name__, type(fn_name).__name__))
check("member get unset", lambda: mem.__get__(S(), S))
check("member set/get", lambda: (lambda o: (mem.__set__(o, 5), mem.__get__(o, S))[1])(S()))
check("member delete unset", lambda: mem.__delete__(S()))
check("member wrong type get", lambda: mem.__get__(D(), D))
check("member wrong type set", lambda: mem.__set__(D(), 1))
check("member get None", lambda: mem.__get__(None, S) is mem)
check("member attrs", lambda: (mem.__name__, mem.__qualname__, mem.__objclass__.__name__))
check("attribute error message", lambda: S().x)
check("del unset slot", lambda: delattr(S(), "x"))
check("getset get", lambda: gs.__get__(D(), D))
check("getset wrong type", lambda: gs.__get__(S(), S))
check("getset set", lambda: (lambda o: (gs.__set__(o, {"k": 1}), o.k)[1])(D()))
check("getset set non-dict", lambda: gs.__set__(D(), 5))
check("getset delete", lambda: (lambda o: (gs.__delete__(o), o.__dict__)[1])(D()))
check("getset attrs", lambda: (gs.__name__, gs.__qualname__, gs.__objclass__.__name__))
def f():
    pass
check("builtin getset", lambda: fn_name.__get__(f, types.FunctionType))
check("builtin getset set", lambda: (fn_name.__set__(f, "g"), f.__name__)[1])
check("builtin getset set bad", lambda: fn_name.__set__(f, 1))
check("builtin getset wrong object", lambda: fn_name.__get__(1, int))
check("readonly getset", lambda: type(f).__dict__["__globals__"].__set__(f, {}))
check("descriptor no __set__", lambda: hasattr(type(f).__dict__["__globals__"], "__set__"))
md = list.__dict__["append"]
check("method descriptor get", lambda: (lambda l: (md.__get__(l, list)(1), l)[1])([]))
check("method descriptor get wrong", lambda: md.__get__(1, int))
check("method descriptor call", lambda: (lambda l: (md(l, 2), l)[1])([]))
check("method descriptor call no args", lambda: md())
check("method descriptor attrs", lambda: (md.__name__, md.__qualname__, md.__objclass__))
sw = int.__dict__["__add__"]
check("slot wrapper call", lambda: sw(1, 2))
check("slot wrapper kwargs", lambda: sw(1, other=2))
check("slot wrapper get", lambda: sw.__get__(5, int)(1))
check("slot wrapper attrs", lambda: (sw.__name__, sw.__qualname__, sw.__objclass__))
cmd = dict.__dict__["fromkeys"]
check("classmethod descriptor", lambda: (type(cmd).__name__, cmd.__get__(None, dict)("ab")))
check("classmethod descriptor bad type", lambda: cmd.__get__(None, int))
check("classmethod descriptor call", lambda: cmd(dict, "x"))
check("classmethod descriptor call non-type", lambda: cmd(1, "x"))

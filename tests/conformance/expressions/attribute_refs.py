# attribute references on literals and builtin objects
print(1 .real, (1).imag, 1.5 .is_integer(), 1j.imag, "abc".upper(), b"x".hex(), [].__class__.__name__, ().__len__())
print((5).bit_length(), True.real, None.__class__, ....__class__.__name__, NotImplemented.__class__.__name__)
print(int.__name__, int.__mro__, type.__name__, object.__bases__, type.__bases__)
x = 10
print(x.__add__(5), x.__class__.__name__, x.__int__(), x.__index__(), x.__bool__(), x.__hash__() == hash(10))
print("%s" % "s".__class__.__name__, str.__dict__["upper"].__name__, list.append.__qualname__, [].append.__self__)
print(getattr(1, "real"), getattr("a", "upper")(), hasattr(1, "foo"), getattr(1, "foo", "default"))
try:
    1.foo
except SyntaxError:
    pass
except AttributeError as e:
    print(type(e).__name__, e)
for code in ["1.foo", "1 .foo", "(1).foo", "None.foo", "1.0.foo", "1j.foo", "'s'.foo", "b''.foo", "[].foo", "{}.foo", "().foo", "....foo"]:
    try:
        eval(code)
    except AttributeError as e:
        print(code, "->", type(e).__name__, e)
    except SyntaxError as e:
        print(code, "->", type(e).__name__, e.msg)
# attribute assignment on builtins
for stmt in ["(1).real = 2", "'s'.upper = 1", "[].append = 1", "int.foo = 1", "object().x = 1", "None.x = 1", "len.x = 1"]:
    try:
        exec(stmt)
    except (AttributeError, TypeError) as e:
        print(stmt, "->", type(e).__name__, e)

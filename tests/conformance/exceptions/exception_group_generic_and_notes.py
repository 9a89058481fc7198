# ExceptionGroup[...] is a types.GenericAlias; split()/subgroup() give each part its own copy
# of a sequence __notes__, and pass on no __notes__ that is not a sequence.
import types

for cls in (BaseExceptionGroup, ExceptionGroup):
    alias = cls[ValueError]
    print(isinstance(alias, types.GenericAlias), alias, alias.__origin__ is cls, alias.__args__)

def parts(notes):
    eg = ExceptionGroup("eg", [ValueError(1), TypeError(2)])
    eg.__notes__ = notes
    match, rest = eg.split(TypeError)
    sub = eg.subgroup(ValueError)
    return [getattr(p, "__notes__", "<none>") for p in (match, rest, sub)]

print(parts(["a", "b"]))
print(parts(("x",)))
print(parts("ab"))
print(parts(123))
print(parts({"k": 1}))
eg = ExceptionGroup("eg", [ValueError(1), TypeError(2)])
eg.add_note("one")
m, r = eg.split(ValueError)
m.add_note("m")
print(eg.__notes__, m.__notes__, r.__notes__)

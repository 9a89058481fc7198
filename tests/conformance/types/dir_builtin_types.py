# every builtin type offers CPython's full set of attributes (names only)
import types
# (the code type is left out: its bytecode attributes have no equivalent in pyframe)
for t in (object, int, bool, float, complex, str, bytes, bytearray, list, tuple, dict, set, frozenset,
          range, slice, memoryview, property, classmethod, staticmethod, super, enumerate, zip, map,
          filter, reversed, type(None), type(NotImplemented), type(...), BaseException, Exception,
          KeyError, StopIteration, SyntaxError, UnicodeDecodeError, types.FunctionType, types.MethodType,
          types.BuiltinFunctionType, types.GeneratorType, types.CoroutineType,
          types.FrameType, types.TracebackType, types.ModuleType, types.SimpleNamespace,
          types.MappingProxyType, type(iter([])), type({}.keys()), type({}.items()), types.CellType):
    print(t.__name__, sorted(dir(t)))

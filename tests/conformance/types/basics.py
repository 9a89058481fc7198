import types
print(sorted(types.__all__))
print(types.FunctionType, types.MethodType, types.GeneratorType, types.CoroutineType, types.AsyncGeneratorType, types.ModuleType)
print(types.SimpleNamespace(a=1, b=[2]), types.MappingProxyType({'a': 1}), types.NoneType, types.EllipsisType, types.NotImplementedType)
print(types.GenericAlias, types.UnionType, types.CellType, types.CodeType, types.FrameType, types.TracebackType)
print(types.BuiltinFunctionType, types.MethodDescriptorType, types.ClassMethodDescriptorType, types.GetSetDescriptorType, types.MemberDescriptorType)
C = types.new_class('C', (list[int],), {'metaclass': type}, lambda ns: ns.update(x=1))
print(C, C.__mro__, C.x, C.__orig_bases__)
print(types.resolve_bases((int, list[str])), types.prepare_class('X', (int,)))
class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, kw)
        return {'y': 2}
D = types.new_class('D', (), {'metaclass': Meta})
print(D.y)
@types.coroutine
def gen():
    yield 1
    return 5
print(gen.__code__.co_flags & 0x100)
async def main():
    return await gen()
c = main()
print(c.send(None))
try: c.send(None)
except StopIteration as e: print('stop', e.value)
class E:
    @types.DynamicClassAttribute
    def name(self): return 'inst'
    def __getattr__(self, n): return 'class-level?'
print(E().name)
try: E.name
except AttributeError: print('AttributeError')
m = types.ModuleType('mm', 'doc'); print(m.__name__, m.__doc__)
print(types.SimpleNamespace(x=1) == types.SimpleNamespace(x=1))

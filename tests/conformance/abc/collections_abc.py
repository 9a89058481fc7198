import _collections_abc as C
print(C.__name__, C.Iterable)
print(isinstance([], C.Iterable), isinstance(3, C.Iterable), issubclass(dict, C.MutableMapping), issubclass(tuple, C.Sequence))
print(isinstance(iter([]), C.Iterator), isinstance((x for x in []), C.Generator), isinstance(len, C.Callable))
print(isinstance({}.keys(), C.Set), isinstance(frozenset(), C.Hashable), isinstance([], C.Hashable))
class S:
    def __len__(self): return 0
print(issubclass(S, C.Sized), issubclass(S, C.Collection))
class M(C.Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = M({1: 2, 3: 4})
print(m.get(1), 5 in m, list(m.keys()), list(m.items()), list(m.values()), m == {1: 2, 3: 4}, type(m.keys()).__name__)
try:
    C.Mapping()
except TypeError as e: print(e)
try:
    C.MutableSequence()
except TypeError as e: print(e)
print(C.Callable[[int], str], C.Callable[..., int], C.Iterable[int])
class NoHash:
    __hash__ = None
print(issubclass(NoHash, C.Hashable))

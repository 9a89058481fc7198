import typing, collections.abc, pickle, copy
from typing import *
T = TypeVar('T'); S = TypeVar('S', int, str); U = TypeVar('U', bound=int, covariant=True); V = TypeVar('V', contravariant=True)
P = ParamSpec('P')
print(Any, Union, Optional, List, Dict, Tuple, Callable, Type, ClassVar, Final, Literal, NoReturn, Never, Self, Hashable, Sized, Iterable)
print(T, S, U, V, P, P.args, P.kwargs, S.__constraints__, U.__bound__, T.__module__)
print(List[int], Dict[str, int], Tuple[int, ...], Tuple[()], Tuple[int, str], Callable[[int], str], Callable[..., int], Callable[[], None], Type[int])
print(Union[int, str], Union[int], Union[int, None], Optional[str], Union[int, Union[str, float]], Union[int, str, int], Union[int, str] == Union[str, int], Union[int, str] == (int | str))
print(List[T], List[T][int], Dict[T, S][str, int], Callable[[T], S][int, str], Callable[P, T], Callable[P, T][[int, str], bool], Callable[Concatenate[int, P], T])
print(List['int'], Optional['C'], ClassVar[int], Final[int], Literal[1, 'a', True], Literal[1, 1, 2], Annotated[int, 'x'], Annotated[Annotated[int, 1], 2])
print(List[int] is List[int], List[int] == List[int], hash(List[int]) == hash(List[int]), List[int].__origin__, List[int].__args__, List[T].__parameters__)
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]), get_args(Callable[[int], str]), get_origin(int), get_args(int), get_origin(Annotated[int, 1]), get_args(Annotated[int, 1, 2]), get_origin(int | str), get_origin(Generic), get_origin(P.args))
print(isinstance([], List), issubclass(list, List), issubclass(dict, Mapping), isinstance({}, Iterable))
def t(f, *a):
    try: print(repr(f(*a)))
    except Exception as e: print(type(e).__name__, e)
t(isinstance, [], List[int]); t(isinstance, 1, Any); t(isinstance, 1, Union[int, str]); t(isinstance, 1, Optional[str]); t(lambda: List[int]()); t(lambda: List()); t(lambda: Dict[int]); t(lambda: Hashable[int]); t(lambda: Union[()])
t(lambda: Generic[int]); t(lambda: Generic[T, T]); t(lambda: Generic[()]); t(lambda: Union[(1, 2), 3]); t(lambda: Optional[int, str]); t(lambda: ClassVar[int, str]); t(lambda: Callable[int]); t(lambda: Any()); t(lambda: Union()); t(lambda: Literal())
t(lambda: TypeVar('X', int)); t(lambda: TypeVar('X', int, bound=str)); t(lambda: TypeVar('X', covariant=True, contravariant=True)); t(lambda: List[ClassVar[int]]); t(lambda: List[Generic])
class C(Generic[T]):
    x: T
    def __init__(self, v): self.v = v
class D(C[int]): pass
class E(C[T], Generic[T, S]): pass
print(C, C[int], C[int].__origin__, C.__parameters__, D.__parameters__, E.__parameters__, D.__orig_bases__, C[int](5).v, C[int](5).__orig_class__, E[int, str])
t(lambda: C[int, str]); t(lambda: D[int])
class NT(NamedTuple):
    a: int
    b: str = 'x'
    def m(self): return self.a * 2
print(NT(1), NT(1, 'y').m(), NT._fields, NT.__annotations__, NT._field_defaults, NT.__bases__, NT.__mro__)
NT2 = NamedTuple('NT2', [('x', int), ('y', float)])
print(NT2(1, 2.0), NT2.__annotations__)
class TD(TypedDict):
    a: int
    b: str
class TD2(TD, total=False):
    c: float
print(TD(a=1, b='x'), TD.__required_keys__ == {'a', 'b'}, TD2.__optional_keys__, TD2.__total__, TD.__annotations__, is_typeddict(TD), type(TD(a=1)))
TD3 = TypedDict('TD3', {'x': int})
print(TD3.__annotations__, TD3(x=1))
UserId = NewType('UserId', int)
print(UserId, UserId(5), UserId.__supertype__, UserId.__name__)
@runtime_checkable
class Closable(Protocol):
    def close(self): ...
class F:
    def close(self): pass
print(isinstance(F(), Closable), isinstance(1, Closable), issubclass(F, Closable), isinstance(1, SupportsInt), isinstance('x', SupportsInt), isinstance(1.0, SupportsIndex))
class NP(Protocol):
    def f(self): ...
t(isinstance, 1, NP); t(NP)
def f(a: int, b: 'str' = 'x') -> List['int']: pass
print(get_type_hints(f), get_type_hints(C), get_type_hints(NT))
class G:
    a: 'int'
    b: Optional['G']
    c: Annotated[int, 'meta']
print(get_type_hints(G), get_type_hints(G, include_extras=True))
print(cast(int, 'x'), TYPE_CHECKING, AnyStr, Text)
@overload
def ov(x: int) -> int: ...
@overload
def ov(x: str) -> str: ...
def ov(x): return x
print(len(get_overloads(ov)), ov(3))
for o in [List[int], Dict[str, List[int]], Union[int, str], Optional[int], Callable[[int], str], T, Any, C[int], Literal[1], Tuple[int, ...]]:
    for p in (0, 2, 4):
        try: b = pickle.loads(pickle.dumps(o, p)); print(p, b == o, b)
        except Exception as e: print(p, type(e).__name__, e)
print(copy.copy(List[int]), copy.deepcopy(T) is T)
print(List[int] | None, int | List[str], Union[List[int], None])
print(repr(typing.Pattern), typing.Pattern[str], typing.Match[bytes], typing.ContextManager[int], typing.Deque[int], typing.DefaultDict[str, int], typing.Counter[str], typing.OrderedDict[str, int])
print(ForwardRef('x'), ForwardRef('x') == ForwardRef('x'))
t(lambda: ForwardRef('1 +'))
class MyList(List[int]): pass
print(MyList.__mro__, MyList.__orig_bases__, MyList.__parameters__)
class MyDict(Dict[str, T]): pass
print(MyDict[int], MyDict.__parameters__)
print(Final, Literal['a'] == Literal['a'], Literal[1] == Literal[True], Union[int, str].__args__, Optional[int].__args__)
print(dir(typing) == sorted(dir(typing)) or True)
print(typing.List.__doc__, Tuple.__name__ if hasattr(Tuple, '__name__') else None, List._name)
print(reveal_type.__name__, assert_type(3, int))
t(assert_never, 5)
print(typing.Generator[int, None, None], typing.AsyncIterator[int], typing.Coroutine[int, int, int])

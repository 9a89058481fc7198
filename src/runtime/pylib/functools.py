"""functools.py - Tools for working with functions and callable objects
"""

# pyframe's functools. partial, reduce, cmp_to_key and the lru_cache wrapper are native
# (_functools); the rest is written here.

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
           'cached_property']

from abc import get_cache_token
from types import GenericAlias, MappingProxyType, UnionType
from _functools import partial, reduce, cmp_to_key
import _functools


################################################################################
### update_wrapper() and wraps() decorator
################################################################################

# The attributes a wrapper copies from the wrapped function, and those it merges.
WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper,
                   wrapped,
                   assigned = WRAPPER_ASSIGNMENTS,
                   updated = WRAPPER_UPDATES):
    """Copies the WRAPPER_ASSIGNMENTS attributes of wrapped onto wrapper, merges the
    WRAPPER_UPDATES ones, sets wrapper.__wrapped__ and returns wrapper."""
    for name in assigned:
        try:
            value = getattr(wrapped, name)
        except AttributeError:
            continue
        setattr(wrapper, name, value)
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    # set last, so that a __wrapped__ copied from wrapped's __dict__ does not win
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped,
          assigned = WRAPPER_ASSIGNMENTS,
          updated = WRAPPER_UPDATES):
    """A decorator that applies update_wrapper(wrapper, wrapped, ...) to the function it decorates."""
    return partial(update_wrapper, wrapped=wrapped,
                   assigned=assigned, updated=updated)


################################################################################
### total_ordering class decorator
################################################################################

# Each derived comparison calls the root one through type(self), so that NotImplemented
# from the root passes through unchanged.

def _gt_from_lt(self, other):
    'a > b, derived by @total_ordering.'
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return not result and self != other

def _le_from_lt(self, other):
    'a <= b, derived by @total_ordering.'
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return result or self == other

def _ge_from_lt(self, other):
    'a >= b, derived by @total_ordering.'
    result = type(self).__lt__(self, other)
    if result is NotImplemented:
        return result
    return not result

def _ge_from_le(self, other):
    'a >= b, derived by @total_ordering.'
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return not result or self == other

def _lt_from_le(self, other):
    'a < b, derived by @total_ordering.'
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return result and self != other

def _gt_from_le(self, other):
    'a > b, derived by @total_ordering.'
    result = type(self).__le__(self, other)
    if result is NotImplemented:
        return result
    return not result

def _lt_from_gt(self, other):
    'a < b, derived by @total_ordering.'
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return not result and self != other

def _ge_from_gt(self, other):
    'a >= b, derived by @total_ordering.'
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return result or self == other

def _le_from_gt(self, other):
    'a <= b, derived by @total_ordering.'
    result = type(self).__gt__(self, other)
    if result is NotImplemented:
        return result
    return not result

def _le_from_ge(self, other):
    'a <= b, derived by @total_ordering.'
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return not result or self == other

def _gt_from_ge(self, other):
    'a > b, derived by @total_ordering.'
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return result and self != other

def _lt_from_ge(self, other):
    'a < b, derived by @total_ordering.'
    result = type(self).__ge__(self, other)
    if result is NotImplemented:
        return result
    return not result

_convert = {
    '__lt__': [('__gt__', _gt_from_lt),
               ('__le__', _le_from_lt),
               ('__ge__', _ge_from_lt)],
    '__le__': [('__ge__', _ge_from_le),
               ('__lt__', _lt_from_le),
               ('__gt__', _gt_from_le)],
    '__gt__': [('__lt__', _lt_from_gt),
               ('__ge__', _ge_from_gt),
               ('__le__', _le_from_gt)],
    '__ge__': [('__le__', _le_from_ge),
               ('__gt__', _gt_from_ge),
               ('__lt__', _lt_from_ge)]
}

def total_ordering(cls):
    """Class decorator that fills in missing ordering methods"""
    # the comparisons the class defines itself (rather than inherits from object)
    roots = {op for op in _convert
             if getattr(cls, op, None) is not getattr(object, op, None)}
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(roots)       # prefer __lt__ to __le__ to __gt__ to __ge__
    for opname, opfunc in _convert[root]:
        if opname not in roots:
            opfunc.__name__ = opname
            setattr(cls, opname, opfunc)
    return cls


################################################################################
### LRU Cache function decorator
################################################################################

# CacheInfo is a namedtuple; it is made on first use, so that importing functools does not
# import collections.
_cache_info_type = None


def _cache_info_class():
    global _cache_info_type
    if _cache_info_type is None:
        from collections import namedtuple
        _cache_info_type = namedtuple("CacheInfo", ["hits", "misses", "maxsize", "currsize"],
                                      module=__name__)
    return _cache_info_type


def _make_cache_info(hits, misses, maxsize, currsize):
    return _cache_info_class()(hits, misses, maxsize, currsize)


def __getattr__(name):
    if name == '_CacheInfo':
        return _cache_info_class()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

_MISS = _functools._lru_miss
_lru_lookup = _functools._lru_lookup
_lru_store = _functools._lru_store
_lru_drop = _functools._lru_drop


class _lru_cache_wrapper(_functools._lru_cache_wrapper):
    # The cache itself is native; calls go through this Python __call__, so that a recursive
    # cached function recurses through interpreter frames (two per level, as with CPython's C
    # wrapper) instead of nesting native calls.

    def __call__(self, /, *args, **kwds):
        result = _lru_lookup(self, args, kwds)
        if result is not _MISS:
            return result
        func = self._func
        try:
            # plain calls for the common arities (a call with *args nests the interpreter)
            if kwds:
                result = func(*args, **kwds)
            else:
                n = len(args)
                if n == 1:
                    result = func(args[0])
                elif n == 2:
                    result = func(args[0], args[1])
                elif n == 0:
                    result = func()
                elif n == 3:
                    result = func(args[0], args[1], args[2])
                elif n == 4:
                    result = func(args[0], args[1], args[2], args[3])
                else:
                    result = func(*args)
        except BaseException:
            _lru_drop(self)
            raise
        return _lru_store(self, result)


def lru_cache(maxsize=128, typed=False):
    """Decorator caching a function's results by its (hashable) arguments, dropping the least
    recently used entry beyond maxsize (None: no limit). typed=True caches arguments of
    different types separately. The wrapper has cache_info(), cache_clear() and __wrapped__."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        # used as @lru_cache without arguments: maxsize is the function
        user_function, maxsize = maxsize, 128
        return _make_lru_wrapper(user_function, maxsize, typed)
    elif maxsize is not None:
        raise TypeError(
            'Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _make_lru_wrapper(user_function, maxsize, typed)

    return decorating_function


def _make_lru_wrapper(user_function, maxsize, typed):
    wrapper = _lru_cache_wrapper(user_function, maxsize, typed, _make_cache_info)
    wrapper.cache_parameters = lambda : {'maxsize': maxsize, 'typed': typed}
    return update_wrapper(wrapper, user_function)


def cache(user_function, /):
    'Simple lightweight unbounded cache.  Sometimes called "memoize".'
    return lru_cache(maxsize=None)(user_function)


################################################################################
### partialmethod
################################################################################

class partialmethod(object):
    """Like partial, as a method descriptor: the arguments are applied after self (or after
    what a wrapped descriptor binds)."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError("{!r} is not callable or a descriptor"
                                 .format(func))
        if isinstance(func, partialmethod):
            # flatten: the inner partialmethod's arguments come first
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        args = ", ".join(map(repr, self.args))
        keywords = ", ".join("{}={!r}".format(k, v)
                                 for k, v in self.keywords.items())
        return (f"{self.__class__.__module__}.{self.__class__.__qualname__}"
                f"({self.func}, {args}, {keywords})")

    def _make_unbound_method(self):
        def _method(cls_or_self, /, *args, **keywords):
            keywords = {**self.keywords, **keywords}
            return self.func(cls_or_self, *self.args, *args, **keywords)
        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method._partialmethod = self
        return _method

    def __get__(self, obj, cls=None):
        get = getattr(self.func, "__get__", None)
        result = None
        if get is not None:
            new_func = get(obj, cls)
            if new_func is not self.func:
                # the descriptor produced something new (a bound method, a classmethod's
                # result): partial over it
                result = partial(new_func, *self.args, **self.keywords)
                try:
                    result.__self__ = new_func.__self__
                except AttributeError:
                    pass
        if result is None:
            # a plain callable or a descriptor returning itself: act as an instance method
            result = self._make_unbound_method().__get__(obj, cls)
        return result

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)

    __class_getitem__ = classmethod(GenericAlias)


# Helper functions

def _call(func, args, kwds):
    """func(*args, **kwds), with plain calls for the common arities: a call with *args nests
    the interpreter, which would bound the recursion of generic functions."""
    if kwds:
        return func(*args, **kwds)
    n = len(args)
    if n == 1:
        return func(args[0])
    if n == 2:
        return func(args[0], args[1])
    if n == 3:
        return func(args[0], args[1], args[2])
    if n == 0:
        return func()
    return func(*args)


def _unwrap_partial(func):
    while isinstance(func, partial):
        func = func.func
    return func


################################################################################
### singledispatch() - single-dispatch generic function decorator
################################################################################

def _c3_merge(sequences):
    """C3 merge of the given linearizations."""
    result = []
    sequences = [list(s) for s in sequences]
    while True:
        sequences = [s for s in sequences if s]
        if not sequences:
            return result
        for seq in sequences:
            head = seq[0]
            if not any(head in other[1:] for other in sequences):
                break
        else:
            raise RuntimeError("Inconsistent hierarchy")
        result.append(head)
        for seq in sequences:
            if seq[0] == head:
                del seq[0]


def _c3_mro(cls, abcs=None):
    """Computes the method resolution order using extended C3 linearization.

    ABCs in *abcs* that cls implements without inheriting from them are inserted
    where they fit: after the last explicit base that is itself an ABC.
    """
    bases = cls.__bases__
    boundary = 0
    for i in range(len(bases) - 1, -1, -1):
        if hasattr(bases[i], '__abstractmethods__'):
            boundary = i + 1
            break
    abcs = list(abcs) if abcs else []
    explicit = list(bases[:boundary])
    other = list(bases[boundary:])
    implied = [b for b in abcs
               if issubclass(cls, b) and not any(issubclass(x, b) for x in bases)]
    for b in implied:
        abcs.remove(b)
    return _c3_merge(
        [[cls]]
        + [_c3_mro(b, abcs=abcs) for b in explicit]
        + [_c3_mro(b, abcs=abcs) for b in implied]
        + [_c3_mro(b, abcs=abcs) for b in other]
        + [explicit] + [implied] + [other]
    )


def _compose_mro(cls, types):
    """The MRO of cls extended with the ABCs among `types` that cls implements."""
    bases = set(cls.__mro__)

    def is_related(typ):
        return (typ not in bases and hasattr(typ, '__mro__')
                and not isinstance(typ, GenericAlias)
                and issubclass(cls, typ))

    types = [t for t in types if is_related(t)]

    def is_strict_base(typ):
        return any(typ != other and typ in other.__mro__ for other in types)

    types = [t for t in types if not is_strict_base(t)]
    type_set = set(types)
    mro = []
    for typ in types:
        found = []
        for sub in typ.__subclasses__():
            if sub not in bases and issubclass(cls, sub):
                found.append([s for s in sub.__mro__ if s in type_set])
        if not found:
            mro.append(typ)
            continue
        # the longest chains first, to keep their order
        found.sort(key=len, reverse=True)
        for chain in found:
            for subcls in chain:
                if subcls not in mro:
                    mro.append(subcls)
    return _c3_mro(cls, abcs=mro)


def _find_impl(cls, registry):
    """The registered implementation matching cls best along its extended MRO (None if none)."""
    mro = _compose_mro(cls, registry.keys())
    match = None
    for t in mro:
        if match is not None:
            # two implied ABCs in the MRO that neither inherits from the other: ambiguous
            if (t in registry and t not in cls.__mro__
                              and match not in cls.__mro__
                              and not issubclass(match, t)):
                raise RuntimeError("Ambiguous dispatch: {} or {}".format(
                    match, t))
            break
        if t in registry:
            match = t
    return registry.get(match)


def _is_union_type(cls):
    if isinstance(cls, UnionType):
        return True
    typing = __import__('sys').modules.get('typing')
    return typing is not None and typing.get_origin(cls) is typing.Union


def _union_args(cls):
    if isinstance(cls, UnionType):
        return cls.__args__
    import typing
    return typing.get_args(cls)


def _is_valid_dispatch_type(cls):
    if isinstance(cls, type):
        return True
    return _is_union_type(cls) and all(isinstance(arg, type) for arg in _union_args(cls))


def _first_annotation(func):
    """The first parameter's annotation (string annotations evaluated)."""
    annotations = getattr(func, '__annotations__', {})
    for name, value in annotations.items():
        if isinstance(value, str):
            import typing
            value = typing.get_type_hints(func)[name]
        return name, value
    raise StopIteration


def singledispatch(func):
    """Decorator making func a generic function dispatching on the type of its first argument;
    implementations are added with its register() attribute."""
    registry = {}
    dispatch_cache = {}
    cache_token = None

    def dispatch(cls):
        """The implementation that a call with a first argument of type cls would use."""
        nonlocal cache_token
        if cache_token is not None:
            current_token = get_cache_token()
            if cache_token != current_token:
                dispatch_cache.clear()
                cache_token = current_token
        try:
            impl = dispatch_cache[cls]
        except KeyError:
            try:
                impl = registry[cls]
            except KeyError:
                impl = _find_impl(cls, registry)
            dispatch_cache[cls] = impl
        return impl

    def register(cls, func=None):
        """Registers func for cls (or for the type annotation of func's first parameter)."""
        nonlocal cache_token
        if _is_valid_dispatch_type(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError(
                    f"Invalid first argument to `register()`. "
                    f"{cls!r} is not a class or union type."
                )
            ann = getattr(cls, '__annotations__', {})
            if not ann:
                raise TypeError(
                    f"Invalid first argument to `register()`: {cls!r}. "
                    f"Use either `@register(some_class)` or plain `@register` "
                    f"on an annotated function."
                )
            func = cls

            argname, cls = _first_annotation(func)
            if not _is_valid_dispatch_type(cls):
                if _is_union_type(cls):
                    raise TypeError(
                        f"Invalid annotation for {argname!r}. "
                        f"{cls!r} not all arguments are classes."
                    )
                else:
                    raise TypeError(
                        f"Invalid annotation for {argname!r}. "
                        f"{cls!r} is not a class."
                    )

        if _is_union_type(cls):
            for arg in _union_args(cls):
                registry[arg] = func
        else:
            registry[cls] = func
        if cache_token is None and hasattr(cls, '__abstractmethods__'):
            cache_token = get_cache_token()
        dispatch_cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(f'{funcname} requires at least '
                            '1 positional argument')
        return _call(dispatch(args[0].__class__), args, kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = MappingProxyType(registry)
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


# Descriptor version
class singledispatchmethod:
    """singledispatch for methods: dispatches on the type of the first argument after self."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError(f"{func!r} is not callable or a descriptor")

        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        """Registers method for cls (as singledispatch's register)."""
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        def _method(*args, **kwargs):
            method = self.dispatcher.dispatch(args[0].__class__)
            return _call(method.__get__(obj, cls), args, kwargs)

        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


################################################################################
### cached_property() - property result cached as instance attribute
################################################################################

_NOT_FOUND = object()


class _NoLock:
    """Stands in for the RLock CPython's cached_property holds (pyframe has one thread)."""

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


class cached_property:
    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
        self.lock = _NoLock()

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError(
                "Cannot assign the same cached_property to two different names "
                f"({self.attrname!r} and {name!r})."
            )

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError(
                "Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            cache = instance.__dict__
        except AttributeError:  # not all objects have __dict__ (e.g. class defines slots)
            msg = (
                f"No '__dict__' attribute on {type(instance).__name__!r} "
                f"instance to cache {self.attrname!r} property."
            )
            raise TypeError(msg) from None
        val = cache.get(self.attrname, _NOT_FOUND)
        if val is _NOT_FOUND:
            val = self.func(instance)
            try:
                cache[self.attrname] = val
            except TypeError:
                msg = (
                    f"The '__dict__' attribute on {type(instance).__name__!r} instance "
                    f"does not support item assignment for caching {self.attrname!r} property."
                )
                raise TypeError(msg) from None
        return val

    __class_getitem__ = classmethod(GenericAlias)

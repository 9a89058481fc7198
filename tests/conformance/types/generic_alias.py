print(type[int], type(type[int]))
g = list[int]
print(repr(g), g.__origin__, g.__args__, g.__parameters__, g.__name__, g.append, g == list[int], hash(g) == hash(list[int]))
print(dict[str, list[int]], tuple[()], tuple[int, ...], list['X'], list[None])
print(g([1,2]), type(g([1])))
try: isinstance([], g)
except TypeError as e: print(e)
try: g[int]
except TypeError as e: print(e)
print(int | str, int | None, type(int | str), (int | str).__args__, int | int, (int | str) | list[int], int | str == str | int)
try: int | 3
except TypeError as e: print(e)
print(isinstance(3, int | str), issubclass(bool, int | str))
print(g.__mro_entries__((g,)))
class X(list[int]): pass
print(X.__mro__, X.__orig_bases__)
print(list[int].__reduce__())
print(type(list[int]).__module__)
print(list[int] | None, None | list[int])
print((int|str).__parameters__, hash(int|str) == hash(str|int))
def f(x: list[int], y: dict[str, int] | None = None) -> tuple[int, ...]: pass
print(f.__annotations__)

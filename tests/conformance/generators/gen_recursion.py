import sys
def nest(n):
    if n:
        yield from nest(n - 1)
    else:
        yield "bottom"
print(next(nest(100)))
sys.setrecursionlimit(200)
try:
    next(nest(1000))
except RecursionError as e:
    print(type(e).__name__, e)
sys.setrecursionlimit(1000)
print(next(nest(500)))
def recursive_list(n):
    if n == 0:
        return
    yield n
    yield from recursive_list(n - 1)
print(sum(recursive_list(300)))
def permutations(items):
    if len(items) <= 1:
        yield items
        return
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [x] + rest
print(list(permutations([1, 2, 3])))
def tree(depth):
    if depth == 0:
        yield ()
        return
    for sub in tree(depth - 1):
        yield (0,) + sub
        yield (1,) + sub
print(len(list(tree(8))), next(tree(3)))
def recursion_error_inside():
    def deep(n):
        return deep(n + 1)
    try:
        deep(0)
    except RecursionError:
        yield "recovered inside generator"
print(list(recursion_error_inside()))

def err(f):
    try:
        return f()
    except Exception as e:
        return (type(e).__name__, str(e))
print(err(lambda: (x for x in 1)))
print(err(lambda: (x for x in None)))
print(err(lambda: list(x for x in [1] for y in 2)))
print(err(lambda: list(x for x in [1] if undefined_name)))
print(err(lambda: list(x.attr for x in [1])))
print(err(lambda: [x for x in (1, 2) if 1 / (x - 1)]))
class NotIter:
    pass
print(err(lambda: (x for x in NotIter())))
class BadIter:
    def __iter__(self):
        raise KeyError("from __iter__")
print(err(lambda: (x for x in BadIter())))
g = (1 / x for x in [1, 0, 2])
print(next(g))
print(err(lambda: next(g)))
print(err(lambda: next(g)))
def gen_of_gens():
    return [list(x for x in range(i)) for i in range(3)]
print(gen_of_gens())
print(err(lambda: sum(x for x in "ab")))
print(err(lambda: dict((k, v) for k, v in [(1, 2, 3)])))
print(err(lambda: max(x for x in [])))
print(err(lambda: eval("(x for x in [1]) = 5")))
print(err(lambda: compile("f(x for x in y, 1)", "<s>", "eval")))
print(err(lambda: compile("f(1, x for x in y)", "<s>", "eval")))

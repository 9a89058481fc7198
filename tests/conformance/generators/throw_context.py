# generator.throw(exc): exc gets the generator's own handled exception as __context__, never the
# one its caller is handling; what the generator raises while handling exc chains to exc.
def chain(exc):
    names = []
    while exc is not None:
        names.append(str(exc))
        exc = exc.__context__
    return " <- ".join(names)


def plain():
    yield 1


def in_handler():
    try:
        raise KeyError("inside")
    except KeyError:
        yield 1


def raises_in_finally(exc):
    try:
        yield
    finally:
        raise exc


for make in (plain, in_handler):
    g = make()
    next(g)
    try:
        raise LookupError("caller")
    except LookupError:
        try:
            g.throw(ValueError("thrown"))
        except ValueError as e:
            print(make.__name__, "|", chain(e))

first, second = RuntimeError("first"), RuntimeError("second")
g = raises_in_finally(second)
next(g)
try:
    raise LookupError("caller")
except LookupError:
    try:
        g.throw(first)
    except RuntimeError as e:
        print("finally |", chain(e))

# a chain of exits, each re-thrown into the next generator from one handler
errors = [Exception(f"e{i}") for i in range(5)]
gens = [raises_in_finally(errors[i]) for i in range(1, 5)]
for g in gens:
    next(g)
try:
    raise errors[0]
except Exception:
    current = errors[0]
    for g in gens:
        try:
            g.throw(current)
        except Exception as e:
            current = e
print(chain(current))

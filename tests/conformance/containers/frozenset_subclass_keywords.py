# frozenset and set reject keyword arguments, also in subclasses that keep the base
# __init__; a subclass defining its own __init__ may take keywords.

def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", type(r).__name__, sorted(r))
    except TypeError as e:
        print(label, "TypeError:", e)

class FS(frozenset):
    pass

class S(set):
    pass

class FSInit(frozenset):
    def __init__(self, *args, **kwargs):
        self.kwargs = kwargs

class FSNew(frozenset):
    def __new__(cls, items=(), **kwargs):
        return super().__new__(cls, items)

attempt("frozenset kw", lambda: frozenset(sequence=()))
attempt("set kw", lambda: set(iterable=()))
attempt("FS kw", lambda: FS(sequence=()))
attempt("S kw", lambda: S(sequence=()))
attempt("FS positional", lambda: FS([1, 2]))
attempt("FSInit kw", lambda: FSInit([3], flag=True))
attempt("FSNew kw", lambda: FSNew([4], flag=True))
attempt("FS two args", lambda: FS([1], [2]))

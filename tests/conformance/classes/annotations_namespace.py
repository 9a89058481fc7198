# A body with annotations keeps an __annotations__ mapping its namespace already has (a
# metaclass's __prepare__, exec's locals) instead of replacing it with a new dict.

class Recorder:
    """A mapping that logs stores; not a dict."""
    def __init__(self):
        self.items = {}
    def __setitem__(self, key, value):
        print("store", key, value)
        self.items[key] = value
    def __getitem__(self, key):
        return self.items[key]


class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return {"__annotations__": Recorder()}


class Annotated(metaclass=Meta):
    size: int
    label: "text" = "x"

print(type(Annotated.__annotations__).__name__, Annotated.__annotations__.items)


class PlainMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        return {}


class Plain(metaclass=PlainMeta):
    a: int

print(Plain.__annotations__)


# exec with a non-dict locals mapping: the mapping is asked for __annotations__ first
class Locals:
    def __init__(self, ann):
        self.d = {} if ann is None else {"__annotations__": ann}
    def __getitem__(self, key):
        print("get", key)
        return self.d[key]
    def __setitem__(self, key, value):
        print("set", key, type(value).__name__)
        self.d[key] = value

rec = Recorder()
exec("y: float", {}, Locals(rec))
print(rec.items)
fresh = Locals(None)
exec("z: complex", {}, fresh)
print(fresh.d["__annotations__"])

# a dict subclass namespace is asked through __getitem__ too (not an exact dict)
class Missing(dict):
    def __missing__(self, key):
        print("missing", key)
        raise KeyError(key)

ns = Missing()
exec("w: bytes", {}, ns)
print(ns["__annotations__"])

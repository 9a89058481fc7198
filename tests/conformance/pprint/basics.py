import pprint
import collections
import dataclasses
import types

data = {"key%d" % i: list(range(i * 3)) for i in range(8)}
data["nested"] = {"a": {"b": {"c": [1, 2, 3] * 10}}, "t": (1, 2), "s": {5, 3, 1}, "fs": frozenset({7, 9})}
pprint.pprint(data)
pprint.pprint(data, width=40, indent=4)
pprint.pprint(data, depth=2)
pprint.pprint(data, compact=True, width=60)
pprint.pprint(data, sort_dicts=False, width=50)
print(pprint.pformat(list(range(30)), width=30))
print(pprint.pformat(list(range(30)), width=30, compact=True))
print(pprint.pformat(("single",)), pprint.pformat(()), pprint.pformat([]), pprint.pformat({}), pprint.pformat(set()))
long_text = "The quick brown fox jumps over the lazy dog. " * 4
pprint.pprint(long_text)
pprint.pprint([long_text, "line one\nline two\n" * 3], width=40)
pprint.pprint(b"\x00\x01binary data that is quite long indeed" * 3)
pprint.pprint(bytearray(b"abcdefgh" * 12))
import re
r = [1, 2]
r.append(r)
d = {}
d["self"] = d
ids = lambda s: re.sub(r"id=\d+", "id=N", s)
print(ids(pprint.pformat(r)), ids(pprint.pformat(d)), pprint.isrecursive(d), pprint.isreadable(d), pprint.isreadable([1, "a"]), ids(pprint.saferepr(r)))
od = collections.OrderedDict((str(i), i * 1000) for i in range(12))
pprint.pprint(od)
dd = collections.defaultdict(list, {str(i): [i] * 5 for i in range(8)})
pprint.pprint(dd)
c = collections.Counter("abracadabra" * 10)
pprint.pprint(c, width=30)
pprint.pprint(collections.deque(range(40)))
pprint.pprint(collections.deque(range(40), maxlen=50))
pprint.pprint(collections.ChainMap({"a" * 30: 1}, {"b" * 30: 2}, {"c" * 30: 3}))
pprint.pprint(types.SimpleNamespace(alpha=list(range(20)), beta="b" * 50))
pprint.pprint(types.MappingProxyType({"k" * 40: 1, "j" * 40: 2}))


@dataclasses.dataclass
class Point:
    x: int
    y: list


pprint.pprint(Point(1, list(range(40))))
pprint.pprint([Point(1, [2])])
pprint.pprint({3: "a", 1: "b", "x": 2, (1, 2): None}, width=20)
pprint.pprint(123456789, underscore_numbers=True)
pprint.pprint([123456789] * 10, underscore_numbers=True, width=40)
pp = pprint.PrettyPrinter(indent=2, width=30)
print(pp.pformat({"alpha": [1, 2, 3], "beta": {"gamma": "delta" * 5}}))
for bad in [dict(indent=-1), dict(depth=0), dict(width=0)]:
    try:
        pprint.PrettyPrinter(**bad)
    except ValueError as e:
        print(e)
pprint.pp({"b": 1, "a": 2})

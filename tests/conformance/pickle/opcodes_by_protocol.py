# The bytes pickle.dumps writes for the builtin types at every protocol (CPython's C pickler):
# opcode choice, memo numbering, Python 2 names for protocols 0-2, framing from protocol 4.
import pickle

values = [
    None, True, False, 0, 1, -1, 255, 256, 65535, 65536, 2**31 - 1, 2**31, -2**31, -2**31 - 1,
    2**63, -2**100, 0.0, -0.0, 1.5, 1e300, float('inf'),
    '', 'abc', 'é\u1234\U0001f600', 'a\\b\n\r\x00\x1a',
    b'', b'abc', bytearray(), bytearray(b'xy'),
    (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1], [1, 2], {}, {1: 2}, {1: 2, 3: 4},
    set(), {1, 2, 3}, frozenset(), frozenset({1, 2}),
    int, len, type(None), type(...), range(5), slice(1, 2, 3), complex(1, 2), Ellipsis,
    NotImplemented, ValueError, [[1]] * 3, ['x', 'x'], {'a': [1], 'b': 'a'},
]
for v in values:
    print(repr(v)[:40])
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        data = pickle.dumps(v, proto)
        back = pickle.loads(data)
        same = back == v or (v != v and back != back)
        print(' ', proto, data, type(back).__name__, same)
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL, pickle.dumps(1))

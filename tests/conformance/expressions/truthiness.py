# truth value testing: __bool__, __len__, defaults, errors
class Empty: pass
class LenOnly:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
class BoolAndLen:
    def __bool__(self): return True
    def __len__(self): return 0
class BoolSub(int):
    pass
print(bool(Empty()), bool(LenOnly(0)), bool(LenOnly(3)), bool(BoolAndLen()), len(BoolAndLen()))
for v in [0, 0.0, -0.0, 0j, "", b"", [], (), {}, set(), frozenset(), range(0), None, False, bytearray(),
          1, 0.1, "0", b"\0", [0], (None,), {0: 0}, {0}, range(1), True, 1j]:
    print(repr(v), bool(v), "T" if v else "F", not v)
print(bool(...), bool(print), bool(type))
# __bool__ errors
class R:
    def __init__(self, r): self.r = r
    def __bool__(self): return self.r
for r in [1, 0, None, "yes", 1.0, BoolSub(1)]:
    try:
        print(repr(r), bool(R(r)))
    except TypeError as e:
        print(repr(r), type(e).__name__, e)
class L:
    def __init__(self, r): self.r = r
    def __len__(self): return self.r
for r in [-1, 1.0, "3", None, 2**64, True, BoolSub(5)]:
    try:
        print(repr(r), bool(L(r)))
    except (TypeError, ValueError, OverflowError) as e:
        print(repr(r), type(e).__name__, e)
    try:
        print(repr(r), len(L(r)))
    except (TypeError, ValueError, OverflowError) as e:
        print(repr(r), "len:", type(e).__name__, e)
# __len__ via __index__
class Idx:
    def __index__(self): return 4
print(len(L(Idx())), bool(L(Idx())))
# __bool__ raising propagates through if/while/not/and
class Raise:
    def __bool__(self): raise RuntimeError("no bool")
for stmt in ["if Raise(): pass", "while Raise(): pass", "not Raise()", "Raise() and 1", "1 if Raise() else 2", "[x for x in [1] if Raise()]"]:
    try:
        exec(stmt)
    except RuntimeError as e:
        print(stmt, "->", e)
# __bool__ looked up on the type
e = Empty()
e.__bool__ = lambda: False
print(bool(e))
# bool subclasses are not allowed
try:
    class B2(bool): pass
except TypeError as err:
    print(type(err).__name__, err)
print(bool(), bool(0), bool([]), bool(x=1) if False else "kw skipped")
try:
    bool(x=1)
except TypeError as err:
    print(type(err).__name__, err)
try:
    bool(1, 2)
except TypeError as err:
    print(type(err).__name__, err)
# __len__ on a class with __bool__ = None
class NoneBool:
    __bool__ = None
    def __len__(self): return 1
try:
    bool(NoneBool())
except TypeError as err:
    print(type(err).__name__, err)

# __class__ assignment needs the same instance layout: classes are compared past bases that add
# no storage, and must extend the same base with the same slots (and __weakref__/__dict__).
class G:
    __slots__ = ["a", "b"]
class H:
    __slots__ = ["b", "a"]
class I:
    __slots__ = ["a", "b"]
class J:
    __slots__ = ["c", "b"]
class K:
    __slots__ = ["a", "b", "d"]
class L(H):
    __slots__ = ["e"]
class M(I):
    __slots__ = ["e"]
class N(J):
    __slots__ = ["__weakref__"]
class P(J):
    __slots__ = ["__dict__"]
class Q(J):
    pass
class R(J):
    __slots__ = ["__dict__", "__weakref__"]
class Plain1:
    pass
class Plain2:
    pass
class Both(Plain1, Plain2):
    pass
class NoExtra(G):
    __slots__ = ()

classes = [G, H, I, J, K, L, M, N, P, Q, R, Plain1, Plain2, Both, NoExtra]
for cls in classes:
    allowed = []
    for cls2 in classes:
        if cls is cls2:
            continue
        x = cls()
        try:
            x.__class__ = cls2
            allowed.append(cls2.__name__)
        except TypeError:
            pass
    print(cls.__name__, allowed)

x = L()
try:
    x.__class__ = M
except TypeError as e:
    print(e)

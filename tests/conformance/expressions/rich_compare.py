# rich comparisons: reflection, NotImplemented, identity fallback for == and !=
log = []
class A:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return f"{type(self).__name__}({self.n})"
    def __eq__(self, o):
        log.append(f"{self}.__eq__({o})")
        return NotImplemented
    def __lt__(self, o):
        log.append(f"{self}.__lt__({o})")
        return NotImplemented
    def __gt__(self, o):
        log.append(f"{self}.__gt__({o})")
        return NotImplemented
class B(A):
    def __gt__(self, o):
        log.append(f"{self}.__gt__({o}) [B]")
        return "B.gt"
    def __eq__(self, o):
        log.append(f"{self}.__eq__({o}) [B]")
        return "B.eq"
def run(expr):
    log.clear()
    try:
        r = eval(expr)
    except TypeError as e:
        r = f"TypeError: {e}"
    print(expr, "->", r, log)
a1, a2, b = A(1), A(2), B(3)
run("a1 == a1")
run("a1 == a2")
run("a1 != a2")
run("a1 < a2")
run("a1 > a2")
run("a1 < b")    # B is a subclass overriding __gt__: reflected first
run("a1 == b")   # B overrides __eq__
run("b == a1")
run("a1 < 1")
run("1 < a1")
run("a1 == 1")
run("1 == a1")
run("a1 <= a2")
run("a1 >= 1")
# subclass that does not override: left first
class C(A): pass
c = C(4)
run("a1 < c")
# __ne__ defaults to the inverse of __eq__
class E:
    def __eq__(self, o):
        print("E.__eq__")
        return True
print(E() != E(), E() == 5)
class E2:
    def __eq__(self, o):
        return "truthy"
print(E2() != E2(), repr(E2() == 1))
class E3:
    def __eq__(self, o):
        return NotImplemented
x = E3()
print(x == x, x != x, x == E3(), x != E3())
# __ne__ defined alone does not give __eq__
class N:
    def __ne__(self, o):
        return "ne"
n = N()
print(n == n, n != 1, n == N())
# comparison results need not be bool
class V:
    def __lt__(self, o):
        return [1, 2]
print(V() < 3, 3 > V())
# containers compare items with identity shortcut first
nan = float("nan")
print([nan] == [nan], nan == nan, (nan,) < (nan, 1), [E3()] == [E3()])
class Loud:
    def __eq__(self, o):
        print("Loud.__eq__ called")
        return False
l = Loud()
print([l] == [l], l in [l], [l].count(l), [l].index(l))
# sorting uses __lt__ only, reflected __gt__ when __lt__ is missing
class G:
    def __init__(self, v):
        self.v = v
    def __gt__(self, o):
        return self.v > o.v
print([g.v for g in sorted([G(3), G(1), G(2)])])
class NoOrd: pass
try:
    sorted([NoOrd(), NoOrd()])
except TypeError as e:
    print(type(e).__name__, e)
try:
    max(1, "a")
except TypeError as e:
    print(type(e).__name__, e)

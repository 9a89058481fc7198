from _check import check
class A:
    pass
a, b = A(), A()
check("eq identity", lambda: (a == a, a == b, a != b, a != a))
check("lt", lambda: a < b)
check("le", lambda: a <= b)
check("gt", lambda: a > b)
check("ge", lambda: a >= b)
check("mixed", lambda: a < 1)
check("reversed mixed", lambda: 1 < a)
check("None <", lambda: None < None)
check("list vs tuple", lambda: [1] < (1,))
check("str vs int", lambda: "a" < 1)
check("eq mixed types", lambda: ([1] == (1,), 1 == "1", None == 0))
class OnlyEq:
    def __eq__(self, other):
        return "custom"
check("__eq__ result returned as is", lambda: OnlyEq() == 1)
check("!= negates custom __eq__ truthiness", lambda: OnlyEq() != 1)
class EqRaises:
    def __eq__(self, other):
        raise ValueError("eq failed")
check("== propagates", lambda: EqRaises() == 1)
check("in uses ==", lambda: 1 in [EqRaises()])
check("identity short-cut in containers", lambda: (lambda x: x in [x])(EqRaises()))
check("list == uses identity first", lambda: (lambda x: [x] == [x])(EqRaises()))
class Parent:
    def __eq__(self, other):
        return "Parent.__eq__"
class Child(Parent):
    def __eq__(self, other):
        return "Child.__eq__"
check("subclass reflected first", lambda: Parent() == Child())
check("same class no reflection", lambda: Parent() == Parent())
class LtNotImpl:
    def __lt__(self, other):
        return NotImplemented
    def __gt__(self, other):
        return NotImplemented
check("both NotImplemented", lambda: LtNotImpl() < LtNotImpl())
check("sort with incomparable", lambda: sorted([A(), A()]))
check("max with incomparable", lambda: max(A(), A()))
check("tuple compare short-circuit", lambda: (1, A()) < (2, A()))
check("tuple compare reaching objects", lambda: (1, A()) < (1, A()))
check("total ordering via functools", lambda: __import__("functools").total_ordering(type("T", (), {"__lt__": lambda s, o: True, "__eq__": lambda s, o: False}))() >= 1)

# from __future__ import annotations: annotations kept as source-like strings
from __future__ import annotations
def f(a: int, b: list[dict[str, int]] = None, *args: tuple[int, ...], c: "quoted" = 1, **kw: Callable[[int], str]) -> Optional[int]:
    pass
print(f.__annotations__)
def g(x: a.b.c, y: 1 + 2 * 3, z: -x ** 2, w: (1, 2), v: [1, 2], u: {1: 2}, t: {1, 2}, s: lambda q: q) -> x if y else z:
    pass
print(g.__annotations__)
def h(a: f(1, *b, k=2, **d), b: x[1:2, ::3], c: not x, d: a and b or c, e: a < b <= c, f: "s" "t", g: b"bytes", h: 1.5e10, i: 1j, j: ..., k: None) -> x.y[z]:
    pass
print(h.__annotations__)
class C:
    attr: ClassVar[int] = 1
    other: "List[C]"
    third: int | None
print(C.__annotations__)
x: Dict[str, "Forward"] = {}
y: (yield_) if False else int
print(__annotations__)
def i(a: (x for x in y), b: [x for x in y if x], c: {k: v for k, v in z}, d: f"{x!r:>{w}}", e: x @ y, f: ~x, g: x << 1 | 2 ^ 3 & 4) -> await_ if False else None:
    pass
print(i.__annotations__)
def j(a: 'single', b: "dou'ble", c: '''triple''', d: 2 ** -1, e: (-1) ** 2, f: a.b(c)[d].e, g: (a, b)[0], h: [*a, *b], i: {**a, 'k': 1}) -> ():
    pass
print(j.__annotations__)
def k(a: 1e400, b: -1e400j, c: f"{x:>{w}}{{}}", d: f"{ {1: 2}[1] }", e: f"{(lambda: 1)()}", f: (lambda: 1)(), g: x[()], h: x[1, 2], i: x[(1, 2)], j: x[a:b, c], k: 1 .real, l: (1).real, m: 1.5.real, n: -(-1), o: not not x) -> lambda *a, b=1, **k: None:
    pass
print(k.__annotations__)
for src in ["from __future__ import annotations\ndef f(a: (b := 1)): pass", "from __future__ import annotations\nx: (yield)", "from __future__ import annotations\ndef f() -> (yield): pass",
            "from __future__ import annotations\nasync def f(a: await b): pass", "from __future__ import annotations\nx: [(y := 1) for z in w]", "from __future__ import annotations\nx: lambda: (y := 1)",
            "def f(a: (b := 1)): pass", "x: (y := 2) = 3"]:
    try:
        compile(src, "<case>", "exec")
        print("ok", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)

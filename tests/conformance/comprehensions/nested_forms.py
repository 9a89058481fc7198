# nested for/if clauses, all four comprehension kinds, generator expressions
print([(i, j) for i in range(3) if i for j in range(i) if j != 1])
print([c for word in ["ab", "", "cd"] for c in word if c != "c"])
print({x % 3 for x in range(10)} == {0, 1, 2}, sorted({x % 3 for x in range(10)}))
print({k: v for k, v in [("a", 1), ("b", 2), ("a", 3)]})
print({i: [j for j in range(i)] for i in range(3)})
g = (x * x for x in range(4))
print(type(g).__name__, next(g), list(g), list(g))
print(sum(x for x in range(5)), max((x for x in "abc"), key=ord), sorted((y for y in [3, 1, 2]), reverse=True))
# generator expression as the sole argument needs no extra parentheses
print(list(x for x in "ab"), "-".join(str(n) for n in range(3)))
try:
    compile("f(x for x in y, 1)", "<case>", "eval")
except SyntaxError as e:
    print(e.msg)
print(eval("f(1, (x for x in y))", {"f": lambda a, b: type(b).__name__, "y": []}))
# if clauses chain with and; conditions see earlier loop variables
print([n for n in range(20) if n % 2 if n % 3 if n > 5])
# conditional expressions inside
print(["even" if n % 2 == 0 else "odd" for n in range(4)])
# dict comprehension evaluation order (key first since 3.8)
order = []
def k(v):
    order.append(("key", v))
    return v
def val(v):
    order.append(("value", v))
    return v
{k(i): val(i) for i in range(2)}
print(order)
# unpacking in comprehension elements
print([*range(2) for _ in range(1)] if False else "starred element not allowed here")
for src in ["[*x for x in y]", "{**d for d in y}", "[x for x in y if z else w]", "[x async for x in y]", "{x: y for x, y in z if}", "(x for x in y) = 1", "[x for x in y] = 1", "[i for i in range(3)] += 1"]:
    try:
        compile(src, "<case>", "exec")
        print("ok", src)
    except SyntaxError as e:
        print(src, "->", e.msg, e.lineno, e.offset)
# generator expression laziness and exhaustion
def noisy(n):
    for i in range(n):
        print("yield", i)
        yield i
g = (v * 10 for v in noisy(3))
print("created")
print(next(g))
print(list(g))
# generator close/throw on a generator expression
g = (v for v in range(5))
next(g)
g.close()
print(list(g))
g = (v for v in range(5))
try:
    g.throw(ValueError("thrown"))
except ValueError as e:
    print("thrown into genexp:", e)
print(list(g))
# large comprehensions
print(len([i for i in range(100000)]), sum(i for i in range(100000)))

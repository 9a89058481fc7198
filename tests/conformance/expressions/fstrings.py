# f-strings: nesting, =, conversions, format specs
x = 42
name = "wörld"
print(f"{x}", f"{x!r}", f"{name!r}", f"{name!a}", f"{name!s}")
print(f"{x=}", f"{x = }", f"{x=!s}", f"{name=}", f"{x=:>6}", f"{x*2=}")
print(f"{3.14159:.2f}|{x:08b}|{x:#x}|{x:,}|{1234567.891:_.1f}|{x:^9}|{x:*<5}|{-x:=+6}")
width, prec = 10, 3
print(f"[{3.14159:{width}.{prec}f}]", f"[{name:>{width}}]", f"[{x:{'<'}{width}}]")
print(f"{'nested {braces}'}", f"{{literal}}", f"{{{x}}}", f"}}{x}{{")
print(f"{f'{x}'}", f"{f'{f"{x}"}'}")
print(f"{'a' if x else 'b'}", f"{[i for i in range(3)]}", f"{ {'k': 1}['k'] }", f"{(lambda: 'lam')()}")
print(f"{x!r:>5}", f"{name!r:^12}")
d = {"key": "value"}
print(f"{d['key']}", f'{d["key"]}')
# multi-line triple quoted f-string
print(f"""a
{x
 + 1}
b""")
# __format__ is called with the spec; conversions bypass it
class F:
    def __format__(self, spec):
        return f"F<{spec}>"
    def __repr__(self):
        return "F-repr"
    def __str__(self):
        return "F-str"
f = F()
print(f"{f}", f"{f:abc}", f"{f!r}", f"{f!s}", f"{f!r:>8}", f"{f=}", f"{f=:xy}")
# format spec errors
for spec in ["{x:z}", "{name:d}", "{3.5:x}", "{x:,s}", "{'s':=5}"]:
    try:
        print(eval("f" + repr(spec)))
    except ValueError as e:
        print(type(e).__name__, e)
class BadFormat:
    def __format__(self, spec):
        return 42
try:
    f"{BadFormat()}"
except TypeError as e:
    print(type(e).__name__, e)
try:
    f"{object():x}"
except TypeError as e:
    print(type(e).__name__, e)
# syntax errors in f-strings
for src in ['f"{}"', 'f"{x!z}"', 'f"{x"', 'f"}"', 'f"{x!}"', "f'{a b}'", 'f"{\\"x\\"}"', 'f"{#}"', 'f"{x:{y:{z}}}"']:
    try:
        compile(src, "<case>", "eval")
        print("compiled", src)
    except SyntaxError as e:
        print(src, "->", e.msg)
# f-string with = keeps the exact expression text
print(f"{ x + 1 = }", f"{x  *  2=}", f"{name.upper()=}")
# adjacent literal concatenation
print(f"a{x}" "b" f"{x}c" 'd')
print(type(f""), f"" == "")
# format of a bool and None
print(f"{True:>6}|{None!r}|{True:d}|{False!s:>3}")

# TypeError messages for unsupported operand types
class K: pass
class Meta(type): pass
class WithMeta(metaclass=Meta): pass
vals = [1, 1.5, "s", b"b", [1], (1,), {1: 2}, {1}, None, K(), K, 1j, range(2), WithMeta, print, len]
ops = ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@"]
seen = set()
for op in ops:
    for a in vals:
        for b in [1, "s", None, K()]:
            try:
                eval(f"a {op} b")
            except TypeError as e:
                msg = str(e)
                if msg not in seen:
                    seen.add(msg)
                    print(op, msg)
            except Exception as e:
                pass
# unary operators
for v in ["s", [1], None, K(), {1}]:
    for op in ["-", "+", "~"]:
        try:
            eval(f"{op}v")
        except TypeError as e:
            print(op, e)
# augmented assignment messages use the in-place operator
for op in ["+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=", "@="]:
    try:
        x = None
        exec(f"x {op} 1")
    except TypeError as e:
        print(op, e)
# ordering comparisons
for a, b in [(1, "s"), ("s", 1), (None, None), (K(), K()), ([1], (1,)), (1j, 2j), ({1}, [1])]:
    for op in ["<", "<=", ">", ">="]:
        try:
            eval(f"a {op} b")
        except TypeError as e:
            print(op, e)
# sequence repetition errors
for expr in ["[1] * 1.5", "'a' * 'b'", "(1,) * None", "[1] * K()", "b'x' * 2.0"]:
    try:
        eval(expr)
    except TypeError as e:
        print(expr, "->", e)
# divmod and pow builtins
for expr in ["divmod('a', 1)", "pow('a', 2)", "pow(2, 'a')", "pow(2, 3, 'a')", "pow(2.0, 3, 5)", "divmod(1, 0)", "1 % 0", "1.0 // 0", "0 ** -1"]:
    try:
        eval(expr)
    except (TypeError, ZeroDivisionError) as e:
        print(expr, "->", type(e).__name__, e)

# Differential fuzz: deterministic pseudo-random ints and floats through the operators, divmod, pow, round and format.
x = 987654321
def rnd(bits):
    global x
    r = 0
    for _ in range(bits // 30 + 1):
        x = (x * 1103515245 + 12345) % 2**31
        r = (r << 30) | (x >> 1)
    return r >> (30 * (bits // 30 + 1) - bits)
def sval():
    k = rnd(4)
    v = rnd(rnd(7) + 1)
    if k & 1: v = -v
    if k & 2: return v
    return v / (rnd(20) + 1) * (float("1e%d" % (rnd(6) - 32)) if k & 4 else 1.0)
ops = ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "<", "==", "divmod", "pow3", "round", "fmt"]
fmts = [".3g", "e", ".10f", ",", "_", "+.2%", "x", "#o", ">20", "^+15.4e", "b", "n", "c", ""]
F = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b, "/": lambda a, b: a / b, "//": lambda a, b: a // b,
     "%": lambda a, b: a % b, "<<": lambda a, b: a << b, ">>": lambda a, b: a >> b, "&": lambda a, b: a & b, "|": lambda a, b: a | b,
     "^": lambda a, b: a ^ b, "<": lambda a, b: a < b, "==": lambda a, b: a == b}
out = []
for i in range(3000):
    a = sval(); b = sval(); op = ops[i % len(ops)]
    try:
        if op == "divmod": r = divmod(a, b)
        elif op == "pow3": r = pow(a, rnd(8), b) if isinstance(a, int) and isinstance(b, int) else pow(abs(a), 0.37)
        elif op == "round": r = round(a, rnd(5) - 16) if isinstance(a, float) else round(a, -rnd(4))
        elif op == "fmt": r = format(a, fmts[i % len(fmts)])
        elif op == "**": r = a ** (b % 7 if isinstance(b, int) else b / 1e3)
        elif op in ("<<", ">>"): r = F[op](a, abs(b) % 100) if isinstance(a, int) and isinstance(b, int) else None
        elif op in ("&", "|", "^") and not (isinstance(a, int) and isinstance(b, int)): r = None
        else: r = F[op](a, b)
        out.append(repr(r))
    except Exception as e:
        out.append(type(e).__name__ + ":" + str(e))
for line in out: print(line)

# int arithmetic: small, big, mixed with bool and float; reflected and error cases
def t(label, f):
    try:
        r = f()
        print(label, type(r).__name__, repr(r))
    except Exception as e:
        print(label, "!", type(e).__name__, e)

big = 2**100
vals = [0, 1, -1, 7, -7, 2**53, -(2**53), 2**53 + 1, big, -big, 3**70, True, False]
for a in vals:
    for b in [3, -3, 1, -1, 2**64, -(2**64), True]:
        t(f"{a}+{b}", lambda: a + b)
        t(f"{a}-{b}", lambda: a - b)
        t(f"{a}*{b}", lambda: a * b)
        t(f"{a}//{b}", lambda: a // b)
        t(f"{a}%{b}", lambda: a % b)
        t(f"divmod({a},{b})", lambda: divmod(a, b))
        t(f"{a}/{b}", lambda: a / b)
        t(f"{a}&{b}", lambda: a & b)
        t(f"{a}|{b}", lambda: a | b)
        t(f"{a}^{b}", lambda: a ^ b)

for a in [0, 5, -5, big, -big, True]:
    t(f"-{a}", lambda: -a)
    t(f"+{a}", lambda: +a)
    t(f"~{a}", lambda: ~a)
    t(f"abs({a})", lambda: abs(a))
    t(f"bool({a})", lambda: bool(a))

# division by zero
t("1/0", lambda: 1 / 0)
t("1//0", lambda: 1 // 0)
t("1%0", lambda: 1 % 0)
t("divmod(1,0)", lambda: divmod(1, 0))
t("big//0", lambda: big // 0)
t("big%0", lambda: big % 0)
t("True/False", lambda: True / False)

# true division: correctly rounded, including huge operands
t("10**400/10**399", lambda: 10**400 / 10**399)
t("10**400/1", lambda: 10**400 / 1)
t("1/10**400", lambda: 1 / 10**400)
t("(2**1024-1)/1", lambda: (2**1024 - 1) / 1)
t("(2**1024-2**970)/1", lambda: (2**1024 - 2**970) / 1)
t("(2**1024-2**971)/1", lambda: (2**1024 - 2**971) / 1)
t("(2**53+1)/1", lambda: (2**53 + 1) / 1)
t("(2**54+3)/2", lambda: (2**54 + 3) / 2)
t("7/3", lambda: 7 / 3)
t("-7/3", lambda: -7 / 3)
t("big/3", lambda: big / 3)
t("3**200/7**100", lambda: 3**200 / 7**100)

# shifts
for a in [1, -1, 5, -5, big, -big, 0]:
    for s in [0, 1, 3, 31, 32, 53, 64, 100, 200]:
        t(f"{a}<<{s}", lambda: a << s)
        t(f"{a}>>{s}", lambda: a >> s)
t("1<<-1", lambda: 1 << -1)
t("1>>-1", lambda: 1 >> -1)
t("1>>10**20", lambda: 1 >> 10**20)
t("-1>>10**20", lambda: -1 >> 10**20)
t("0<<10**20", lambda: 0 << 10**20)

# powers
for a in [0, 1, -1, 2, -2, 3, 10, big, True, False]:
    for b in [0, 1, 2, 3, 10, 64, -1, -2, True]:
        t(f"{a}**{b}", lambda: a ** b)
t("0**-1", lambda: 0 ** -1)
t("pow(2,10,1000)", lambda: pow(2, 10, 1000))
t("pow(2,-1,5)", lambda: pow(2, -1, 5))
t("pow(3,-2,7)", lambda: pow(3, -2, 7))
t("pow(2,-1,4)", lambda: pow(2, -1, 4))
t("pow(2,3,0)", lambda: pow(2, 3, 0))
t("pow(2,3,-5)", lambda: pow(2, 3, -5))
t("pow(-2,3,5)", lambda: pow(-2, 3, 5))
t("pow(big,big,10**9+7)", lambda: pow(big, big, 10**9 + 7))
t("pow(5,0,1)", lambda: pow(5, 0, 1))
t("pow(5,0,-1)", lambda: pow(5, 0, -1))
t("pow(2,3.0,5)", lambda: pow(2, 3.0, 5))
t("pow(2,3,5.0)", lambda: pow(2, 3, 5.0))
t("pow(True,True,True)", lambda: pow(True, True, True))
t("10**-400", lambda: 10 ** -400)
t("(10**400)**-1", lambda: (10**400) ** -1)
t("2**0.5", lambda: 2 ** 0.5)
t("(-8)**(1/3)", lambda: (-8) ** (1 / 3))

# mixed with float
for a in [3, -3, big, True]:
    for b in [0.5, -2.5, 1e300, float("inf"), float("nan")]:
        t(f"{a}+{b}", lambda: a + b)
        t(f"{a}*{b}", lambda: a * b)
        t(f"{a}/{b}", lambda: a / b)
        t(f"{a}//{b}", lambda: a // b)
        t(f"{a}%{b}", lambda: a % b)
        t(f"{b}-{a}", lambda: b - a)
t("10**400+1.0", lambda: 10**400 + 1.0)
t("1.0*10**400", lambda: 1.0 * 10**400)

# unsupported operands
t("1+'a'", lambda: 1 + "a")
t("'a'+1", lambda: "a" + 1)
t("1-None", lambda: 1 - None)
t("1<<1.0", lambda: 1 << 1.0)
t("1&1.0", lambda: 1 & 1.0)
t("2*[1]", lambda: 2 * [1])
t("[1]*True", lambda: [1] * True)
t("1@1", lambda: 1 @ 1)
t("divmod(1,'a')", lambda: divmod(1, "a"))
t("pow(1,2,'a')", lambda: pow(1, 2, "a"))
t("-'a'", lambda: -"a")
t("~1.5", lambda: ~1.5)

# augmented assignment
x = 5
x += 2**60
x *= 3
x //= 7
x **= 2
x %= 10**9
x <<= 3
x >>= 1
x &= 0xFFFF
x |= 1
x ^= 0xFF
print("aug", x)

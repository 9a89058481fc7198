import math
x = 12345
def rnd(bits):
    global x
    r = 0
    for _ in range(bits // 30 + 1):
        x = (x * 1103515245 + 12345) % 2**31
        r = (r << 30) | (x >> 1)
    return r
out = []
for i in range(200):
    g = rnd(i * 7 % 300 + 1)
    a = rnd(i * 37 % 3000 + 1) * g
    b = rnd(i * 53 % 2000 + 1) * g
    out.append(math.gcd(a, b) % 1000003)
    out.append(math.lcm(a, b) % 1000003)
print(sum(out), out[:20])
print(math.gcd(2**200, 2**100 * 3), math.gcd(10**50, 10**40 + 1), math.gcd(0, 10**30), math.gcd(10**30, 0), math.gcd(-(10**30), 15))

# operator precedence and associativity
print(2 + 3 * 4, (2 + 3) * 4, 2 * 3 ** 2, -3 ** 2, 2 ** -1, 10 - 4 - 3, 2 ** 2 ** 3, 100 / 10 / 5, 7 // 2 * 2, 7 % 4 * 2)
print(1 + 2 << 1, 1 << 2 + 1, 6 & 3 | 8, 6 | 3 & 1, 5 ^ 3 & 1, 1 | 2 ^ 3, ~1 + 1, -1 & 0xff)
print(1 < 2 == 2, not 1 < 2, not 1 + 1, (not 1) + 1, 1 and 2 or 3, 0 or 1 and 0, not 0 and 1, 1 if 0 else 2 if 1 else 3)
print(3 * "ab" + "c", "c" + 2 * "ab", [1] * 2 + [3], 2 * [1] * 2)
print(1 + 2 if True else 3, (lambda: 1 + 2)(), (lambda x: x * 2)(3) + 1)
x = 5
print(x if x > 3 else -x, -x if x < 3 else x * 2, [x for x in range(3) if x % 2 or x == 0])
print(1 in [1, 2] == True, (1 in [1, 2]) == True, 2 * 3 in [6], not 2 in [1])
print(2 @ 3 if False else "no @ for ints", 3 - -3, 3 - - - 3, + + 3, 2 * -3, 2 ** -3 * 8)
a, b = 3, 4
print(a * b ** 2 // 3 % 5, a ** b % 7, a << b >> 2, a | b ^ a & b, (a > b) - (a < b), a == b == False)
print("%s-%s" % (1, 2) + "!", "%d" % 3 * 2, "a" "b" * 2)
print([1, 2][-1:] + [3], {"k": 1}["k"] + 1, (1, 2)[0] * 10, "abc"[1:][0])
print(3 < 4 < 5 > 2, 0 < 0.5 <= 1 != 2)

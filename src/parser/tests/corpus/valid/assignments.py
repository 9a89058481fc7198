a = b = c
a, b = c
(a, b), [c, *d] = e
a.b = a[c] = a[d:e] = f
x: int
x: int = 5
(y): int = 1
a.b: str
a[0]: int = 1
x += 1; y -= 2; z *= 3; w /= 4; v //= 5; u %= 6; t **= 7; s >>= 8; r <<= 9; q &= 1; p |= 2; o ^= 3; n @= 4
a = yield
b = yield from c
*a, = b

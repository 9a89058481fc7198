vals = [0.5, 1.5, 2.5, -0.5, -2.5, 0.125, 0.375, 2.675, 1.005, 0.285, 1.255, 5e-324, 1e16, 123456.789, -0.0, 0.049999999999999996]
for v in vals:
    print(repr(v), [round(v, n) for n in (-2, -1, 0, 1, 2, 3)], round(v))
for n in (-1, -2, -3):
    print(n, [round(i, n) for i in (5, 15, 25, 35, 45, 50, 150, 250, -5, -15, -150)])
print(round(2**70 + 0.0, -20), round(10**30, -29), round(-(10**30) - 5 * 10**28, -29))
print(round(1e308, -308), round(1.7976931348623157e308, -306))
print(round(0.1, 17), round(0.1, 20), round(1.23456789e-10, 12))
print(type(round(5, 2)).__name__, type(round(5.0, 2)).__name__, type(round(5.5)).__name__)

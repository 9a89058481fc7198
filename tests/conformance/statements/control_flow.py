for i in range(3):
    if i == 1:
        continue
    print("for", i)
else:
    print("for else")
for i in range(3):
    if i == 1:
        break
else:
    print("not printed")
n = 0
while n < 5:
    n += 1
    if n == 2:
        continue
    if n == 4:
        break
    print("while", n)
else:
    print("not printed either")
while False:
    pass
else:
    print("while else")
x = 3
if x > 5:
    print("big")
elif x > 2:
    print("medium")
else:
    print("small")
print("yes" if x else "no", "a" if not x else "b")
print(1 < x < 5, 1 < x > 5, x == 3 != 4)
print(0 or "" or None or [] or "last", 1 and 2 and 3, 0 and 1)
for i, ch in enumerate("ab"):
    for j in range(2):
        if j == 1:
            break
        print(i, ch, j)
def nested_loops():
    for i in range(3):
        for j in range(3):
            if j == 2:
                return i, j
print(nested_loops())
total = 0
for a, b in [(1, 2), (3, 4)]:
    total += a * b
print(total)
assert total == 14
try:
    assert total == 0, "total is " + str(total)
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert False
except AssertionError as e:
    print("bare", repr(e))

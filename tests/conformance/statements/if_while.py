# if/elif/else chains and while loops: evaluation order and truth tests
def test(v):
    print("test", v)
    return v
if test(0):
    print("a")
elif test(""):
    print("b")
elif test([1]):
    print("c")
elif test(True):
    print("d")
else:
    print("e")
if test(None):
    pass
else:
    print("else branch")
# conditions with side effects in while
items = [1, 2, 3]
while items and items[-1] > 1:
    print("pop", items.pop())
print(items)
n = 0
while (n := n + 1) < 4:
    if n == 2:
        continue
    print("n", n)
# while True with break and else skipped
count = 0
while True:
    count += 1
    if count > 2:
        break
else:
    print("not printed")
print("count", count)
# nested if inside loops, empty bodies
for i in range(4):
    if i % 2:
        pass
    elif i == 2:
        print("two")
    else:
        ...
# if with non-bool objects and exceptions in conditions
class Weird:
    def __bool__(self):
        raise ValueError("no truth value")
try:
    if Weird():
        pass
except ValueError as e:
    print(type(e).__name__, e)
try:
    while Weird():
        pass
except ValueError as e:
    print(type(e).__name__, e)
# the condition of a while loop is re-evaluated every iteration (including after continue)
calls = []
def cond():
    calls.append(1)
    return len(calls) < 5
while cond():
    continue
print(len(calls))
# an if statement's body can rebind the name tested
flag = True
if flag:
    flag = False
print(flag)
# deeply nested elif chain
def grade(s):
    if s >= 90: return "A"
    elif s >= 80: return "B"
    elif s >= 70: return "C"
    elif s >= 60: return "D"
    else: return "F"
print([grade(s) for s in (95, 85, 75, 65, 5)])

# for/while with else, break and continue
def search(seq, target):
    for i, x in enumerate(seq):
        if x == target:
            print("found at", i)
            break
    else:
        print("not found")
search([1, 2, 3], 2)
search([1, 2, 3], 5)
search([], 1)
n = 0
while n < 3:
    n += 1
    if n == 10:
        break
else:
    print("while else ran, n =", n)
while True:
    break
else:
    print("never")
# continue skips to the next iteration; else still runs
for i in range(5):
    if i % 2:
        continue
    print("even", i)
else:
    print("done evens")
# nested loops: break only leaves the inner loop
for i in range(3):
    for j in range(3):
        if j == i:
            break
        print(i, j, end="; ")
    else:
        print("inner else", i)
print()
# the loop variable keeps its last value; an empty loop leaves it unbound
for k in range(4):
    pass
print(k)
def unbound():
    for m in []:
        pass
    try:
        return m
    except UnboundLocalError as e:
        return str(e)
print(unbound())
# modifying the list while iterating
lst = [1, 2, 3, 4]
for x in lst:
    if x == 2:
        lst.remove(x)
    print(x, end=" ")
print(lst)
lst = [1]
for x in lst:
    if len(lst) < 5:
        lst.append(x + 1)
print(lst)
# rebinding the iterable name does not affect the running loop
seq = [1, 2, 3]
for x in seq:
    seq = []
    print(x, end=" ")
print()
# while condition evaluated each iteration, with else after the condition turns false
calls = []
def cond():
    calls.append(1)
    return len(calls) < 4
while cond():
    pass
else:
    print("calls", len(calls))
# break inside else belongs to the outer loop
for i in range(3):
    for j in []:
        pass
    else:
        if i == 1:
            break
print("broke at", i)
# iterating over a non-iterable
try:
    for x in 5:
        pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    for x in None:
        pass
except TypeError as e:
    print(type(e).__name__, e)
# __iter__ returning a non-iterator
class BadIter:
    def __iter__(self):
        return 42
try:
    for x in BadIter():
        pass
except TypeError as e:
    print(type(e).__name__, e)

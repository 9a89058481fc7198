# break / continue / return through try-finally and with blocks
def trace(*a):
    print(*a)
for i in range(3):
    try:
        if i == 1:
            continue
        if i == 2:
            break
        trace("body", i)
    finally:
        trace("finally", i)
# continue in finally (allowed since 3.8)
for i in range(2):
    try:
        trace("try", i)
    finally:
        trace("fin", i)
        continue
    trace("unreached")
# break in finally swallows an exception
for i in range(2):
    try:
        raise ValueError("lost")
    finally:
        break
trace("after swallow", i)
# continue in finally swallows the exception too
count = 0
for i in range(3):
    try:
        count += 1
        raise KeyError(i)
    finally:
        continue
trace("count", count)
# nested finally blocks all run on break, innermost first
for i in range(1):
    try:
        try:
            break
        finally:
            trace("inner finally")
    finally:
        trace("outer finally")
# break out of a with block calls __exit__ with None
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        trace("enter", self.name)
        return self
    def __exit__(self, *args):
        trace("exit", self.name, args)
        return False
for i in range(3):
    with CM("a"), CM("b"):
        if i == 0:
            continue
        if i == 1:
            break
trace("i =", i)
# while loop with try/finally and break in except
n = 0
while True:
    n += 1
    try:
        if n == 3:
            raise StopIteration
    except StopIteration:
        trace("stop at", n)
        break
    finally:
        trace("finally n", n)
# break in an except clause clears the handled exception
import sys
for i in range(1):
    try:
        raise ValueError
    except ValueError:
        break
print(sys.exc_info())
# finally that raises replaces the break
try:
    for i in range(3):
        try:
            break
        finally:
            raise RuntimeError("from finally")
except RuntimeError as e:
    trace("caught", e, i)
# return from inside a loop inside try/finally in a function
def f():
    for i in range(5):
        try:
            if i == 2:
                return i
        finally:
            trace("f finally", i)
print(f())

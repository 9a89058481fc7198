# RecursionError messages for deep nesting of builtin containers and Python recursion
l = []
for _ in range(100000):
    l = [l]
try:
    repr(l)
except RecursionError as e:
    print("nested list repr:", e)
d = {}
for _ in range(100000):
    d = {"k": d}
try:
    str(d)
except RecursionError as e:
    print("nested dict str:", e)
def f():
    return f()
try:
    f()
except RecursionError as e:
    print("python recursion:", e)
class G:
    def __getattr__(self, name):
        return getattr(self, name)
try:
    G().x
except RecursionError as e:
    print("getattr recursion:", type(e).__name__)
# after a RecursionError, deep but bounded recursion works again
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(800))
print([[[1]]], repr([[[]]]))

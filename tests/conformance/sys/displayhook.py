import sys
import builtins
print(hasattr(builtins, "_"))
sys.displayhook(5)
print("underscore:", builtins._)
sys.displayhook(None)
print("None leaves underscore:", builtins._)
sys.displayhook("text")
sys.displayhook([1, "a"])
print(builtins._)
class R:
    def __repr__(self):
        return "R()"
sys.displayhook(R())
try:
    sys.displayhook()
except TypeError as e:
    print(type(e).__name__, e)
def custom(v):
    print("custom hook got", v)
sys.displayhook = custom
sys.displayhook(1)
sys.__displayhook__(2)
sys.displayhook = sys.__displayhook__
old = sys.stdout
class Cap:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
sys.stdout = cap = Cap()
sys.displayhook("captured")
sys.stdout = old
print(cap.parts)
del builtins._
sys.stdout = None
try:
    sys.displayhook(1)
except RuntimeError as e:
    sys.stdout = old
    print(type(e).__name__, e)
sys.stdout = old

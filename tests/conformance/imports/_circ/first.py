print("first: start")
from . import second
x = "first.x"
print("first: end")

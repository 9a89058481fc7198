print("init _relpkg.sub.b", __name__, __package__)
from ..a import x, helper
from . import c
z = "b.z"

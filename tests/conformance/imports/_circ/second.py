print("second: start")
from . import first
print("second: sees first partially, has x:", hasattr(first, "x"))
try:
    from .first import x
except ImportError as e:
    import os
    print("second:", type(e).__name__, str(e).replace(os.path.dirname(os.path.dirname(__file__)), "<dir>"), e.name)
print("second: end")

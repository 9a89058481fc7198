# atexit handlers run before module globals are released, last registered first
import atexit
from _exit_helper import T
g = T("global")
atexit.register(print, "atexit handler 1")
atexit.register(print, "atexit handler 2", "with", "args")
atexit.register(lambda: print("atexit sees global:", g.name))
print("end of module")

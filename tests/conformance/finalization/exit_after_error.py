# an uncaught exception: the traceback is printed, then module globals are released
from _exit_helper import T
a = T("a")
b = T("b")
print("raising")
raise KeyError("uncaught at top level")

# sys.exit(): finally blocks and exits of with blocks run, then globals are released
import sys
from _exit_helper import T
keep = T("global")
try:
    local = T("in try")
    sys.exit(3)
finally:
    print("finally runs")
print("not reached")

import sys
del sys.excepthook
print("excepthook deleted")
raise ZeroDivisionError("no hook")

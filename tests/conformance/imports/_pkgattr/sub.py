import sys
parent = sys.modules["_pkgattr"]
print("sub: parent initialising, has late:", hasattr(parent, "late"))
value = 42

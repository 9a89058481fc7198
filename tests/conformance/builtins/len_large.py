# len() passes on any length up to sys.maxsize (a range of sys.maxsize items, a __len__ of 2**62);
# past it, OverflowError with CPython's two messages.
import sys
r = range(sys.maxsize)
print(len(r), r[-1], r.__len__())
try:
    print(len(range(-sys.maxsize, sys.maxsize)))
except OverflowError as e:
    print("OverflowError", e)
print(range(-sys.maxsize, sys.maxsize)[sys.maxsize + 5])
class L:
    def __len__(self): return sys.maxsize + 1
try: len(L())
except OverflowError as e: print("OverflowError", e)
class L2:
    def __len__(self): return 2**62
print(len(L2()))
print(len(range(0, 2**63 - 1, 2)))

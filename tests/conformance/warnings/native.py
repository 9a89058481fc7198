# warnings raised by the runtime itself (DeprecationWarning from int() via __trunc__) go through the warnings machinery
import sys
sys.stderr = sys.stdout
class T:
    def __trunc__(self): return 3
print(int(T()))
print(int(T()))
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    int(T())
    print(w[0].category.__name__, w[0].message, w[0].lineno)
warnings.simplefilter("error")
try:
    int(T())
except DeprecationWarning as e:
    print("raised", e)

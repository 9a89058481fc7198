# warnings: filters, actions, registries, catch_warnings(record=True), formatting
import warnings
import sys

print(warnings.filters[:2])
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("first")
    warnings.warn("second", DeprecationWarning)
    warnings.warn(RuntimeWarning("third"))
    for m in w:
        print(m.category.__name__, m.message, type(m.message).__name__, m.filename.endswith("basics.py"), m.lineno)
print(str(warnings.WarningMessage("m", UserWarning, "f.py", 3)))

def f():
    warnings.warn("from f", UserWarning, stacklevel=2)

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    f()
    print(w[0].lineno, w[0].message)

# default action: once per location
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("default")
    for i in range(3):
        warnings.warn("repeated")
    print(len(w))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("once")
    for i in range(3):
        warnings.warn("once-only")
        warnings.warn("once-only")
    print(len(w))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("ignore")
    warnings.warn("ignored")
    print(len(w))
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("boom", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised", type(e).__name__, e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message="skip.*")
    warnings.filterwarnings("error", category=ResourceWarning)
    warnings.warn("skip me")
    warnings.warn("keep me")
    try:
        warnings.warn("res", ResourceWarning)
    except ResourceWarning as e:
        print("resource error", e)
    print([str(m.message) for m in w])
with warnings.catch_warnings(action="ignore"):
    warnings.warn("quiet")
print(warnings.formatwarning("msg", UserWarning, "file.py", 12, "  the line  "))
print(repr(warnings.formatwarning("msg", DeprecationWarning, "nofile.py", 1)))
shown = []
old = warnings.showwarning
def myshow(message, category, filename, lineno, file=None, line=None):
    shown.append((str(message), category.__name__, lineno))
warnings.showwarning = myshow
warnings.simplefilter("always")
warnings.warn("custom show")
warnings.showwarning = old
print(shown)
for bad in [lambda: warnings.warn("x", 5), lambda: warnings.warn("x", int), lambda: warnings.simplefilter("bogus"), lambda: warnings.filterwarnings("error", lineno=-1)]:
    try:
        bad()
    except (TypeError, AssertionError) as e:
        print(type(e).__name__, e)
warnings.resetwarnings()
print(warnings.filters)
print(repr(warnings.catch_warnings(record=True)), repr(warnings.catch_warnings()))
warnings.simplefilter("error")
try:
    warnings.warn_explicit("explicit", UserWarning, "somefile.py", 42)
except UserWarning as e:
    print("explicit", e)
warnings.simplefilter("always")
sys.stderr = sys.stdout
warnings.warn("to stdout now")
warnings.warn_explicit("explicit shown", SyntaxWarning, "x.py", 7)

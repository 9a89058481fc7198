# pass, ellipsis bodies, docstrings of modules, classes and functions
"""Module docstring of the case."""
import sys
print(__doc__, sys.modules[__name__].__doc__)
def empty():
    pass
def ellipsis_body():
    ...
def doc_only():
    "only a docstring"
class EmptyClass:
    pass
class DocClass:
    """class doc"""
    x = 1
print(empty(), ellipsis_body(), doc_only(), doc_only.__doc__, EmptyClass.__doc__, DocClass.__doc__)
# docstrings are only string literals in first position
def not_first():
    x = 1
    "not a docstring"
def concatenated():
    "part one " "part two"
def bytes_doc():
    b"bytes are not docstrings"
def fstring_doc():
    f"f-strings are not docstrings"
def paren_doc():
    ("parenthesized still counts")
def triple():
    """
    Indented
        text is kept verbatim (not cleaned)
    """
print(not_first.__doc__, concatenated.__doc__, bytes_doc.__doc__, fstring_doc.__doc__, paren_doc.__doc__)
print(repr(triple.__doc__))
# lambda has no docstring even if its body is a string
print((lambda: "x").__doc__)
# docstrings are writable
def writable():
    "old"
writable.__doc__ = "new"
print(writable.__doc__)
# a class's __doc__ is in its __dict__ (None when absent)
print("__doc__" in EmptyClass.__dict__, EmptyClass.__dict__["__doc__"], DocClass.__dict__["__doc__"])
# pass in every block form
for _ in range(1):
    pass
while False:
    pass
if True:
    pass
else:
    pass
try:
    pass
except Exception:
    pass
finally:
    pass
with open(__file__):
    pass
class P: ...
print("all passes ran", P.__name__)

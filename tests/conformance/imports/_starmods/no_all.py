import sys as _sys
visible = "visible"
_hidden = "hidden"
__dunder__ = "dunder"

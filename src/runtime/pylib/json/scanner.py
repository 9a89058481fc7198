"""JSON token scanner
"""
from _json import make_scanner as c_make_scanner

__all__ = ['make_scanner']

# the scanner is native (_json); make_scanner(decoder) returns scan_once(string, idx)
make_scanner = c_make_scanner
py_make_scanner = c_make_scanner

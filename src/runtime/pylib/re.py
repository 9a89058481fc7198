"""Support for regular expressions (RE).

This module provides regular expression matching operations similar to
those found in Perl.  It supports both 8-bit and Unicode strings; both
the pattern and the strings being processed can contain null bytes and
characters outside the US ASCII range.

pyframe's engine (_re) translates Python's pattern syntax into JavaScript
regular expressions with Python's semantics; conditional groups
(?(id)yes|no) are not supported, and \\N{...} names are not known.
"""

import _re

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"


# ---- flags -----------------------------------------------------------------------------------

# in the order CPython defines them (the order of their names in reprs)
_FLAG_ORDER = (("ASCII", 256), ("IGNORECASE", 2), ("LOCALE", 4), ("UNICODE", 32),
               ("MULTILINE", 8), ("DOTALL", 16), ("VERBOSE", 64), ("TEMPLATE", 1),
               ("DEBUG", 128))
_ALL_FLAGS = 511


class _FlagType(type):
    def __repr__(cls):
        return "<flag 'RegexFlag'>"

    def __iter__(cls):
        return iter([cls._members[name] for name, _ in _FLAG_ORDER])

    def __len__(cls):
        return 9

    def __getitem__(cls, name):
        return cls._members[name]

    def __contains__(cls, value):
        return isinstance(value, cls)


class RegexFlag(int, metaclass=_FlagType):
    """An enumeration of the flags of the re module."""

    __module__ = "re"
    _members = {}

    def __new__(cls, value=0):
        return int.__new__(cls, value)

    def _names(self):
        value = int(self)
        names = []
        for name, bit in _FLAG_ORDER:
            if value & bit:
                names.append(name)
                value &= ~bit
        return names, value

    @property
    def name(self):
        if int(self) == 0:
            return "NOFLAG"
        names, rest = self._names()
        if rest:
            return None
        return "|".join(names)

    @property
    def value(self):
        return int(self)

    def __repr__(self):
        if int(self) == 0:
            return "re.NOFLAG"
        names, rest = self._names()
        parts = ["re." + n for n in names]
        if rest:
            parts.append(hex(rest))
        return "|".join(parts)

    __str__ = __repr__

    def __format__(self, spec):
        return int.__format__(int(self), spec)

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) | int(other))

    __ror__ = __or__

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) & int(other))

    __rand__ = __and__

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return RegexFlag(int(self) ^ int(other))

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(_ALL_FLAGS & ~int(self))

    def __reduce__(self):
        return RegexFlag, (int(self),)


for _name, _bit in _FLAG_ORDER:
    RegexFlag._members[_name] = RegexFlag(_bit)
RegexFlag._members["NOFLAG"] = RegexFlag(0)

NOFLAG = RegexFlag._members["NOFLAG"]
A = ASCII = RegexFlag._members["ASCII"]
I = IGNORECASE = RegexFlag._members["IGNORECASE"]
L = LOCALE = RegexFlag._members["LOCALE"]
U = UNICODE = RegexFlag._members["UNICODE"]
M = MULTILINE = RegexFlag._members["MULTILINE"]
S = DOTALL = RegexFlag._members["DOTALL"]
X = VERBOSE = RegexFlag._members["VERBOSE"]
T = TEMPLATE = RegexFlag._members["TEMPLATE"]
DEBUG = RegexFlag._members["DEBUG"]
for _name, _bit in _FLAG_ORDER:
    setattr(RegexFlag, _name, RegexFlag._members[_name])
RegexFlag.NOFLAG = NOFLAG
del _name, _bit


# ---- errors ----------------------------------------------------------------------------------

class error(Exception):
    """Exception raised for invalid regular expressions.

    Attributes:

        msg: The unformatted error message
        pattern: The regular expression pattern
        pos: The index in the pattern where compilation failed (may be None)
        lineno: The line corresponding to pos (may be None)
        colno: The column corresponding to pos (may be None)
    """

    __module__ = 're'

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            newline = '\n' if isinstance(pattern, str) else b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


_re._set_error(error)

Pattern = _re.Pattern
Match = _re.Match


# ---- the functions ---------------------------------------------------------------------------

from _re import match, fullmatch, search, sub, subn, split, findall, finditer, compile

_compile = compile

def purge():
    "Clear the regular expression caches"
    _re.purge()


def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object, deprecated"
    import warnings
    warnings.warn("The re.template() function is deprecated "
                  "as it is an undocumented function "
                  "without an obvious purpose. "
                  "Use re.compile() instead.",
                  DeprecationWarning)
    return _compile(pattern, flags | TEMPLATE)


_ESCAPED = {c: '\\' + chr(c) for c in b'()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}


def escape(pattern):
    """
    Escape special characters in a string.
    """
    if isinstance(pattern, str):
        return pattern.translate(_ESCAPED)
    return str(pattern, 'latin1').translate(_ESCAPED).encode('latin1')


def _pickle(p):
    return _compile, (p.pattern, p.flags)


class Scanner:
    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        parts = []
        for phrase, action in lexicon:
            parts.append("(%s)" % phrase)
        self.scanner = _compile("|".join(parts), flags)

    def scan(self, string):
        result = []
        i = 0
        while True:
            m = self.scanner.match(string, i)
            if not m:
                break
            j = m.end()
            if i == j:
                break
            action = self.lexicon[m.lastindex - 1][1]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                result.append(action)
            i = j
        return result, string[i:]

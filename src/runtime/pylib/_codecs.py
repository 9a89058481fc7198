"""pyframe's _codecs: the codec functions other modules rely on, on top of str.encode and
bytes.decode (which implement the codecs themselves)."""

# pyframe: native frames: *
# (C code in CPython)

def _buffer(data):
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    if isinstance(data, memoryview):
        return data.tobytes()
    raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'")


import _pyframe_codecs

# ---- the codec registry (Python/codecs.c) ----------------------------------------------------

_search_path = []
_cache = {}


def _check_str(fname, value, what='argument'):
    if not isinstance(value, str):
        raise TypeError(f"{fname}() {what} must be str, not {type(value).__name__}")


def register(search_function, /):
    """Register a codec search function."""
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_path.append(search_function)


def unregister(search_function, /):
    """Unregister a codec search function and clear the registry's cache."""
    for i, f in enumerate(_search_path):
        if f is search_function:
            del _search_path[i]
            _cache.clear()
            return


def _normalize(encoding):
    # normalizestring(): lower case, spaces and hyphens become underscores
    return encoding.lower().replace(' ', '_').replace('-', '_')


def lookup(encoding, /):
    """Looks up a codec tuple in the Python codec registry and returns a CodecInfo object."""
    _check_str('lookup', encoding)
    if not _search_path:
        import codecs  # registers the search function for the builtin codecs
    key = _normalize(encoding)
    try:
        return _cache[key]
    except KeyError:
        pass
    for f in list(_search_path):
        r = f(key)
        if r is None:
            continue
        if not isinstance(r, tuple) or len(r) != 4:
            raise TypeError("codec search functions must return 4-tuples")
        _cache[key] = r
        return r
    raise LookupError(f"unknown encoding: {encoding}")


def _forget_codec(encoding, /):
    _cache.pop(_normalize(encoding), None)


def _wrappable(e):
    # _PyErr_TrySetFromCause: only exceptions without state of their own are re-raised with
    # the codec's name in the message
    t = type(e)
    if t.__init__ is not BaseException.__init__ or t.__new__ is not BaseException.__new__:
        return False
    d = getattr(e, '__dict__', None)
    return not d


def _run(codec, obj, errors, encoding, what):
    try:
        r = codec(obj, errors)
    except Exception as e:
        if _wrappable(e):
            raise type(e)(f"{what} with '{encoding}' codec failed ({type(e).__name__}: {e})") from e
        raise
    if not isinstance(r, tuple) or len(r) != 2:
        raise TypeError("encoder must return a tuple (object, integer)" if what == 'encoding'
                        else "decoder must return a tuple (object,integer)")
    return r[0]


def encode(obj, encoding='utf-8', errors='strict'):
    """Encodes obj using the codec registered for encoding."""
    _check_str('encode', encoding, "argument 'encoding'")
    _check_str('encode', errors, "argument 'errors'")
    return _run(lookup(encoding)[0], obj, errors, encoding, 'encoding')


def decode(obj, encoding='utf-8', errors='strict'):
    """Decodes obj using the codec registered for encoding."""
    _check_str('decode', encoding, "argument 'encoding'")
    _check_str('decode', errors, "argument 'errors'")
    return _run(lookup(encoding)[1], obj, errors, encoding, 'decoding')


def _registry_codec(obj, encoding, errors, is_encode):
    # str.encode / bytes.decode for a codec the native table does not implement
    info = lookup(encoding)
    if not getattr(info, '_is_text_encoding', True):
        raise LookupError(f"'{encoding}' is not a text encoding; use codecs."
                          f"{'encode' if is_encode else 'decode'}() to handle arbitrary codecs")
    if is_encode:
        return _run(info[0], obj, errors, encoding, 'encoding')
    return _run(info[1], obj, errors, encoding, 'decoding')


_pyframe_codecs.set_registry_hook(_registry_codec)


# ---- the codec functions ---------------------------------------------------------------------

def _str_arg(fname, obj):
    if not isinstance(obj, str):
        raise TypeError(f"{fname}() argument 1 must be str, not {type(obj).__name__}")
    return obj


def _errors_arg(fname, errors):
    if errors is None:
        return 'strict'
    if not isinstance(errors, str):
        raise TypeError(f"{fname}() argument 2 must be str or None, not {type(errors).__name__}")
    return errors


def _utf8_incomplete(data):
    """The length of an incomplete (but so far valid) UTF-8 sequence ending data."""
    n = len(data)
    for k in range(1, min(3, n) + 1):
        b = data[n - k]
        if b < 0x80:
            return 0
        if b < 0xc0:
            continue
        need = 2 if b < 0xe0 else 3 if b < 0xf0 else 4 if b < 0xf5 else 0
        if need == 0 or b < 0xc2 or k >= need:
            return 0
        if k >= 2:
            c = data[n - k + 1]
            lo, hi = 0x80, 0xbf
            if b == 0xe0:
                lo = 0xa0
            elif b == 0xed and k > 2:
                hi = 0x9f  # a truncated surrogate (ED A0..BF) waits for more, as in CPython
            elif b == 0xf0:
                lo = 0x90
            elif b == 0xf4:
                hi = 0x8f
            if not lo <= c <= hi:
                return 0
        return k
    return 0


def _units_complete(data, size, le):
    """How many bytes of UTF-16/32 data make complete characters."""
    n = len(data) - len(data) % size
    if size == 2 and n >= 2:
        u = data[n - 2] | data[n - 1] << 8 if le else data[n - 2] << 8 | data[n - 1]
        if 0xd800 <= u <= 0xdbff:
            n -= 2
    return n


def _escape_incomplete(data, raw):
    """The length of an unfinished backslash escape ending data."""
    i = data.rfind(b'\\', max(0, len(data) - 256))
    if i < 0:
        return 0
    j = i
    while j > 0 and data[j - 1] == 0x5c:
        j -= 1
    if (i - j) % 2:
        return 0  # the backslash is itself escaped
    tail = data[i + 1:]
    if not tail:
        return len(data) - i
    need = {0x75: 4, 0x55: 8} if raw else {0x78: 2, 0x75: 4, 0x55: 8}
    c = tail[0]
    if c in need:
        digits = tail[1:]
        if len(digits) < need[c] and all(d in _HEX for d in digits):
            return len(data) - i
        return 0
    if c == 0x4e and not raw and b'}' not in tail and (len(tail) == 1 or tail[1] == 0x7b):
        return len(data) - i  # \N{NAME: the name may go on in the next chunk
    return 0


def _make_decode(fname, encoding, complete):
    def f(data, errors=None, final=False, /):
        errors = _errors_arg(fname, errors)
        data = _buffer(data)
        n = len(data) if final else complete(data)
        return data[:n].decode(encoding, errors), n
    f.__name__ = f.__qualname__ = fname
    return f


def _make_encode(fname, encoding):
    def f(str, errors=None, /):
        _str_arg(fname, str)
        errors = _errors_arg(fname, errors)
        return str.encode(encoding, errors), len(str)
    f.__name__ = f.__qualname__ = fname
    return f


def _whole(data):
    return len(data)


utf_8_encode = _make_encode('utf_8_encode', 'utf-8')
utf_8_decode = _make_decode('utf_8_decode', 'utf-8', lambda d: len(d) - _utf8_incomplete(d))
utf_16_le_encode = _make_encode('utf_16_le_encode', 'utf-16-le')
utf_16_le_decode = _make_decode('utf_16_le_decode', 'utf-16-le', lambda d: _units_complete(d, 2, True))
utf_16_be_encode = _make_encode('utf_16_be_encode', 'utf-16-be')
utf_16_be_decode = _make_decode('utf_16_be_decode', 'utf-16-be', lambda d: _units_complete(d, 2, False))
utf_32_le_encode = _make_encode('utf_32_le_encode', 'utf-32-le')
utf_32_le_decode = _make_decode('utf_32_le_decode', 'utf-32-le', lambda d: _units_complete(d, 4, True))
utf_32_be_encode = _make_encode('utf_32_be_encode', 'utf-32-be')
utf_32_be_decode = _make_decode('utf_32_be_decode', 'utf-32-be', lambda d: _units_complete(d, 4, False))
latin_1_encode = _make_encode('latin_1_encode', 'latin-1')
latin_1_decode = _make_decode('latin_1_decode', 'latin-1', _whole)
ascii_encode = _make_encode('ascii_encode', 'ascii')
ascii_decode = _make_decode('ascii_decode', 'ascii', _whole)
unicode_escape_encode = _make_encode('unicode_escape_encode', 'unicode-escape')
raw_unicode_escape_encode = _make_encode('raw_unicode_escape_encode', 'raw-unicode-escape')
_ue_decode = _make_decode('unicode_escape_decode', 'unicode-escape',
                          lambda d: len(d) - _escape_incomplete(d, False))
_rue_decode = _make_decode('raw_unicode_escape_decode', 'raw-unicode-escape',
                           lambda d: len(d) - _escape_incomplete(d, True))


def unicode_escape_decode(data, errors=None, final=True, /):
    if isinstance(data, str):
        data = data.encode('latin-1', 'backslashreplace')
    return _ue_decode(data, errors, final)


def raw_unicode_escape_decode(data, errors=None, final=True, /):
    if isinstance(data, str):
        data = data.encode('latin-1', 'backslashreplace')
    return _rue_decode(data, errors, final)


def _bom_encode(fname, size):
    def f(str, errors=None, byteorder=0, /):
        _str_arg(fname, str)
        errors = _errors_arg(fname, errors)
        if byteorder == 0:
            enc = 'utf-%d' % (size * 8)
        else:
            enc = 'utf-%d-%s' % (size * 8, 'le' if byteorder < 0 else 'be')
        return str.encode(enc, errors), len(str)
    f.__name__ = f.__qualname__ = fname
    return f


utf_16_encode = _bom_encode('utf_16_encode', 2)
utf_32_encode = _bom_encode('utf_32_encode', 4)


def _ex_decode(fname, size, bom_le, bom_be):
    le_dec = utf_16_le_decode if size == 2 else utf_32_le_decode
    be_dec = utf_16_be_decode if size == 2 else utf_32_be_decode

    def f(data, errors=None, byteorder=0, final=False, /):
        errors = _errors_arg(fname, errors)
        data = _buffer(data)
        skip = 0
        if byteorder == 0:
            if len(data) < size and not final and (bom_le.startswith(data) or bom_be.startswith(data)):
                return '', 0, 0
            if data[:size] == bom_le:
                byteorder, skip = -1, size
            elif data[:size] == bom_be:
                byteorder, skip = 1, size
        dec = be_dec if byteorder > 0 else le_dec
        s, n = dec(data[skip:], errors, final)
        return s, n + skip, byteorder
    f.__name__ = f.__qualname__ = fname
    return f


utf_16_ex_decode = _ex_decode('utf_16_ex_decode', 2, b'\xff\xfe', b'\xfe\xff')
utf_32_ex_decode = _ex_decode('utf_32_ex_decode', 4, b'\xff\xfe\x00\x00', b'\x00\x00\xfe\xff')


def utf_16_decode(data, errors=None, final=False, /):
    s, n, _ = utf_16_ex_decode(data, errors, 0, final)
    return s, n


def utf_32_decode(data, errors=None, final=False, /):
    s, n, _ = utf_32_ex_decode(data, errors, 0, final)
    return s, n


def charmap_encode(str, errors=None, mapping=None, /):
    _str_arg('charmap_encode', str)
    errors = _errors_arg('charmap_encode', errors)
    if mapping is None:
        return str.encode('latin-1', errors), len(str)
    out = bytearray()
    for i, ch in enumerate(str):
        v = mapping.get(ord(ch)) if isinstance(mapping, dict) else None
        if v is None:
            if errors == 'ignore':
                continue
            if errors == 'replace':
                v = mapping.get(ord('?'))
            if v is None:
                raise UnicodeEncodeError('charmap', str, i, i + 1, 'character maps to <undefined>')
        out += bytes([v]) if isinstance(v, int) else v
    return bytes(out), len(str)


def charmap_decode(data, errors=None, mapping=None, /):
    errors = _errors_arg('charmap_decode', errors)
    data = _buffer(data)
    if mapping is None:
        return data.decode('latin-1', errors), len(data)
    out = []
    for i, b in enumerate(data):
        try:
            v = mapping[b]
        except (LookupError, TypeError):
            v = None
        if isinstance(v, int):
            v = chr(v)
        if v is None or v == '\ufffe':
            if errors == 'ignore':
                continue
            if errors == 'replace':
                out.append('\ufffd')
                continue
            raise UnicodeDecodeError('charmap', data, i, i + 1, 'character maps to <undefined>')
        out.append(v)
    return ''.join(out), len(data)


def charmap_build(map, /):
    return {ord(c): i for i, c in enumerate(map)}

_SIMPLE_ESCAPES = {
    ord('\\'): 0x5c, ord("'"): 0x27, ord('"'): 0x22, ord('a'): 7, ord('b'): 8, ord('f'): 12,
    ord('n'): 10, ord('r'): 13, ord('t'): 9, ord('v'): 11,
}
_HEX = b'0123456789abcdefABCDEF'


def escape_decode(data, errors=None):
    """Decode the backslash escapes of a Python 2 string literal body (the STRING pickle
    opcode): returns (bytes, number of bytes consumed)."""
    if isinstance(data, str):
        data = data.encode('latin-1')
    data = _buffer(data)
    out = bytearray()
    i = 0
    n = len(data)
    while i < n:
        c = data[i]
        if c != 0x5c:
            out.append(c)
            i += 1
            continue
        i += 1
        if i >= n:
            raise ValueError("Trailing \\ in string")
        c = data[i]
        i += 1
        if c in _SIMPLE_ESCAPES:
            out.append(_SIMPLE_ESCAPES[c])
        elif c == 0x0a:
            pass
        elif 0x30 <= c <= 0x37:
            v = c - 0x30
            for _ in range(2):
                if i < n and 0x30 <= data[i] <= 0x37:
                    v = v * 8 + data[i] - 0x30
                    i += 1
                else:
                    break
            out.append(v & 0xff)
        elif c == 0x78:
            if i + 1 < n and data[i] in _HEX and data[i + 1] in _HEX:
                out.append(int(data[i:i + 2], 16))
                i += 2
            elif errors == 'ignore':
                pass
            elif errors == 'replace':
                out.append(0x3f)
            else:
                raise ValueError("invalid \\x escape at position %d" % (i - 2))
        else:
            out.append(0x5c)
            out.append(c)
    return bytes(out), n


def escape_encode(data, errors=None):
    """Escape a bytes object the way repr() shows it, without the quotes."""
    data = _buffer(data)
    r = repr(data)
    return r[2:-1].encode('latin-1'), len(data)


# ---- error handlers --------------------------------------------------------------------------

_error_handlers = {}


def register_error(errors, handler, /):
    """Register the specified error handler under the name errors."""
    if not isinstance(errors, str):
        raise TypeError(f"register_error() argument 1 must be str, not {type(errors).__name__}")
    if not callable(handler):
        raise TypeError("handler must be callable")
    _error_handlers[errors] = handler
    _pyframe_codecs.register_error(errors, handler)


def lookup_error(name, /):
    """lookup_error(errors) -> handler"""
    _check_str('lookup_error', name)
    try:
        return _error_handlers[name]
    except KeyError:
        pass
    h = _BUILTIN_HANDLERS.get(name)
    if h is None:
        raise LookupError("unknown error handler name '%s'" % name)
    return h


def _cannot(exc):
    return TypeError(f"don't know how to handle {type(exc).__name__} in error callback")


def strict_errors(exc, /):
    """Implements the 'strict' error handling, which raises a UnicodeError on coding errors."""
    if isinstance(exc, BaseException):
        raise exc
    raise TypeError("codec must pass exception instance")


def ignore_errors(exc, /):
    """Implements the 'ignore' error handling, which ignores malformed data and continues."""
    if isinstance(exc, (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError)):
        return '', exc.end
    raise _cannot(exc)


def replace_errors(exc, /):
    """Implements the 'replace' error handling, which replaces malformed data with a replacement marker."""
    if isinstance(exc, UnicodeEncodeError):
        return '?' * max(exc.end - exc.start, 0), exc.end
    if isinstance(exc, UnicodeDecodeError):
        return '\ufffd', exc.end
    if isinstance(exc, UnicodeTranslateError):
        return '\ufffd' * max(exc.end - exc.start, 0), exc.end
    raise _cannot(exc)


def _escapes(s):
    out = []
    for ch in s:
        c = ord(ch)
        out.append('\\x%02x' % c if c < 0x100 else '\\u%04x' % c if c < 0x10000 else '\\U%08x' % c)
    return ''.join(out)


def backslashreplace_errors(exc, /):
    """Implements the 'backslashreplace' error handling, which replaces malformed data with a backslashed escape sequence."""
    if isinstance(exc, UnicodeDecodeError):
        return ''.join('\\x%02x' % b for b in exc.object[exc.start:exc.end]), exc.end
    if isinstance(exc, (UnicodeEncodeError, UnicodeTranslateError)):
        return _escapes(exc.object[exc.start:exc.end]), exc.end
    raise _cannot(exc)


def xmlcharrefreplace_errors(exc, /):
    """Implements the 'xmlcharrefreplace' error handling, which replaces an unencodable character with the appropriate XML character reference."""
    if isinstance(exc, UnicodeEncodeError):
        return ''.join('&#%d;' % ord(c) for c in exc.object[exc.start:exc.end]), exc.end
    raise _cannot(exc)


def namereplace_errors(exc, /):
    """Implements the 'namereplace' error handling, which replaces an unencodable character with a \\N{...} escape sequence."""
    if isinstance(exc, UnicodeEncodeError):
        return exc.object[exc.start:exc.end].encode('ascii', 'namereplace').decode('ascii'), exc.end
    raise _cannot(exc)


def surrogateescape(exc, /):
    if isinstance(exc, UnicodeDecodeError):
        part = exc.object[exc.start:exc.end]
        if any(b < 128 for b in part[:4]):
            raise exc
        part = part[:4]
        return ''.join(chr(0xdc00 + b) for b in part), exc.start + len(part)
    if isinstance(exc, UnicodeEncodeError):
        out = bytearray()
        for ch in exc.object[exc.start:exc.end]:
            c = ord(ch)
            if not 0xdc80 <= c <= 0xdcff:
                raise exc
            out.append(c - 0xdc00)
        return bytes(out), exc.end
    raise _cannot(exc)


def surrogatepass(exc, /):
    if isinstance(exc, UnicodeEncodeError):
        part = exc.object[exc.start:exc.end]
        if not all(0xd800 <= ord(c) <= 0xdfff for c in part):
            raise exc
        try:
            return part.encode(exc.encoding, 'surrogatepass'), exc.end
        except (UnicodeError, LookupError):
            raise exc from None
    if isinstance(exc, UnicodeDecodeError):
        enc = exc.encoding.lower().replace('_', '-')
        size = 4 if enc.startswith('utf-32') else 2 if enc.startswith('utf-16') else 3
        part = exc.object[exc.start:exc.start + size]
        try:
            s = part.decode(exc.encoding, 'surrogatepass')
        except (UnicodeError, LookupError):
            raise exc from None
        if len(s) != 1 or not 0xd800 <= ord(s) <= 0xdfff:
            raise exc
        return s, exc.start + size
    raise _cannot(exc)


_BUILTIN_HANDLERS = {
    'strict': strict_errors, 'ignore': ignore_errors, 'replace': replace_errors,
    'backslashreplace': backslashreplace_errors, 'xmlcharrefreplace': xmlcharrefreplace_errors,
    'namereplace': namereplace_errors, 'surrogateescape': surrogateescape,
    'surrogatepass': surrogatepass,
}

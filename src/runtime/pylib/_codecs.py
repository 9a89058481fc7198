"""pyframe's _codecs: the codec functions other modules rely on, on top of str.encode and
bytes.decode (which implement the codecs themselves)."""

# pyframe: native frames: *
# (C code in CPython)

__all__ = []


def _buffer(data):
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    if isinstance(data, memoryview):
        return data.tobytes()
    raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'")


def encode(obj, encoding='utf-8', errors='strict'):
    """Encodes obj using the codec registered for encoding."""
    if isinstance(obj, str):
        return obj.encode(encoding, errors)
    name = encoding.lower().replace('-', '_')
    if name in ('hex', 'hex_codec') and isinstance(obj, (bytes, bytearray)):
        return bytes(obj).hex().encode('ascii')
    raise TypeError(f"utf_8_encode() argument 1 must be str, not {type(obj).__name__}"
                    if name in ('utf_8', 'utf8') else
                    f"'{encoding}' encoder does not accept '{type(obj).__name__}'")


def decode(obj, encoding='utf-8', errors='strict'):
    """Decodes obj using the codec registered for encoding."""
    if isinstance(obj, (bytes, bytearray, memoryview)):
        return _buffer(obj).decode(encoding, errors)
    raise TypeError(f"a bytes-like object is required, not '{type(obj).__name__}'")


def _pair_encode(encoding):
    def f(str, errors=None):
        data = str.encode(encoding, errors or 'strict')
        return data, len(str)
    f.__name__ = encoding.replace('-', '_') + '_encode'
    return f


def _pair_decode(encoding):
    def f(data, errors=None, final=False):
        data = _buffer(data)
        return data.decode(encoding, errors or 'strict'), len(data)
    f.__name__ = encoding.replace('-', '_') + '_decode'
    return f


utf_8_encode = _pair_encode('utf-8')
utf_8_decode = _pair_decode('utf-8')
latin_1_encode = _pair_encode('latin-1')
latin_1_decode = _pair_decode('latin-1')
ascii_encode = _pair_encode('ascii')
ascii_decode = _pair_decode('ascii')
raw_unicode_escape_encode = _pair_encode('raw-unicode-escape')
raw_unicode_escape_decode = _pair_decode('raw-unicode-escape')
unicode_escape_encode = _pair_encode('unicode-escape')
unicode_escape_decode = _pair_decode('unicode-escape')

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


_error_handlers = {}


def register_error(name, handler):
    if not callable(handler):
        raise TypeError("handler must be callable")
    _error_handlers[name] = handler


def lookup_error(name):
    try:
        return _error_handlers[name]
    except KeyError:
        if name in ('strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace',
                    'namereplace', 'surrogateescape', 'surrogatepass'):
            return _builtin_handler(name)
        raise LookupError("unknown error handler name '%s'" % name) from None


def _builtin_handler(name):
    def handler(exc):
        if name == 'strict':
            raise exc
        raise TypeError("pyframe: the %r error handler is applied by the codecs themselves" % name)
    handler.__name__ = name + '_errors'
    return handler

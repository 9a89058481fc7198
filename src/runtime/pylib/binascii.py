"""Conversion between binary data and ASCII (hex, base64, CRCs).

pyframe's binascii is written in Python.
"""

# pyframe: native frames: *
# (C code in CPython)

__all__ = ["Error", "Incomplete", "hexlify", "unhexlify", "b2a_hex", "a2b_hex",
           "b2a_base64", "a2b_base64", "crc32", "crc_hqx"]


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


def _bytes_buffer(data):
    # the binary side takes any bytes-like object (PyObject_GetBuffer), never an int or str
    try:
        return bytes(memoryview(data))
    except TypeError:
        raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'") from None


def _ascii_buffer(data):
    # the ASCII side also takes str made of ASCII characters (ascii_buffer_converter)
    if isinstance(data, str):
        if not data.isascii():
            raise ValueError("string argument should contain only ASCII characters")
        return data.encode("ascii")
    try:
        return bytes(memoryview(data))
    except TypeError:
        raise TypeError("argument should be bytes, buffer or ASCII string, "
                        f"not '{type(data).__name__}'") from None


def b2a_hex(data, sep=None, bytes_per_sep=1):
    """Hexadecimal representation of binary data."""
    data = _bytes_buffer(data)
    if sep is None:
        return data.hex().encode("ascii")
    return data.hex(sep, bytes_per_sep).encode("ascii")


def hexlify(data, sep=None, bytes_per_sep=1):
    """Hexadecimal representation of binary data."""
    return b2a_hex(data, sep, bytes_per_sep)


def a2b_hex(hexstr, /):
    """Binary data of hexadecimal representation."""
    s = _ascii_buffer(hexstr)
    if len(s) % 2:
        raise Error("Odd-length string")
    out = bytearray()
    for i in range(0, len(s), 2):
        hi = _hexval(s[i])
        lo = _hexval(s[i + 1])
        out.append(hi * 16 + lo)
    return bytes(out)


def unhexlify(hexstr, /):
    """Binary data of hexadecimal representation."""
    return a2b_hex(hexstr)


def _hexval(c):
    if 48 <= c <= 57:
        return c - 48
    if 97 <= c <= 102:
        return c - 87
    if 65 <= c <= 70:
        return c - 55
    raise Error("Non-hexadecimal digit found")


_B64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B64_VALUE = {c: i for i, c in enumerate(_B64)}


def b2a_base64(data, /, *, newline=True):
    """Base64-code line of data."""
    data = _bytes_buffer(data)
    out = bytearray()
    for i in range(0, len(data) - len(data) % 3, 3):
        n = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63], _B64[(n >> 6) & 63], _B64[n & 63]))
    rest = len(data) % 3
    if rest == 1:
        n = data[-1] << 16
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63])) + b"=="
    elif rest == 2:
        n = (data[-2] << 16) | (data[-1] << 8)
        out += bytes((_B64[n >> 18], _B64[(n >> 12) & 63], _B64[(n >> 6) & 63])) + b"="
    if newline:
        out += b"\n"
    return bytes(out)


def a2b_base64(data, /, *, strict_mode=False):
    """Decode a line of base64 data.

    In the default mode characters outside the alphabet are skipped; strict_mode accepts only
    the alphabet, with padding only at the end."""
    s = _ascii_buffer(data)
    out = bytearray()
    quad = 0
    pads = 0
    left = 0
    padding_started = False
    for i, c in enumerate(s):
        if c == 61:  # '=': a complete pad sequence ends the data (binascii.c)
            padding_started = True
            if strict_mode and i == 0:
                raise Error("Leading padding not allowed")
            pads += 1
            if quad >= 2 and quad + pads >= 4:
                if strict_mode and i + 1 < len(s):
                    raise Error("Excess data after padding")
                return bytes(out)
            continue
        v = _B64_VALUE.get(c)
        if v is None:
            if strict_mode:
                raise Error("Only base64 data is allowed")
            continue
        if strict_mode and padding_started:
            raise Error("Discontinuous padding not allowed")
        pads = 0
        if quad == 0:
            left = v
            quad = 1
        elif quad == 1:
            out.append(((left << 2) | (v >> 4)) & 0xFF)
            left = v & 0x0F
            quad = 2
        elif quad == 2:
            out.append(((left << 4) | (v >> 2)) & 0xFF)
            left = v & 0x03
            quad = 3
        else:
            out.append(((left << 6) | v) & 0xFF)
            left = 0
            quad = 0
    if quad == 1:
        raise Error("Invalid base64-encoded string: number of data characters "
                    f"({len(out) // 3 * 4 + 1}) cannot be 1 more than a multiple of 4")
    if quad != 0:
        raise Error("Incorrect padding")
    return bytes(out)


def _crc32_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        table.append(c)
    return table


_CRC32 = _crc32_table()


def crc32(data, crc=0, /):
    """Compute CRC-32 incrementally."""
    data = _bytes_buffer(data)
    crc = ~crc & 0xFFFFFFFF
    table = _CRC32
    for b in data:
        crc = table[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return ~crc & 0xFFFFFFFF


def crc_hqx(data, crc, /):
    """Compute CRC-CCITT incrementally."""
    data = _bytes_buffer(data)
    crc &= 0xFFFF
    for b in data:
        crc ^= b << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) & 0xFFFF if crc & 0x8000 else (crc << 1) & 0xFFFF
    return crc

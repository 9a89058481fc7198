"""codecs -- Python Codec Registry, API and helpers.

pyframe's codecs: the registry lives in _codecs; the text codecs themselves are implemented
natively (str.encode / bytes.decode), and the search function registered here describes them,
and the rot_13, hex and base64 codecs, with CodecInfo objects.
"""

import builtins as _builtins
import sys as _sys
from _codecs import *
from _codecs import _forget_codec  # noqa: F401
import _codecs
import _pyframe_codecs

__all__ = ["register", "lookup", "open", "EncodedFile", "BOM", "BOM_BE", "BOM_LE", "BOM32_BE",
           "BOM32_LE", "BOM64_BE", "BOM64_LE", "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE",
           "BOM_UTF16_BE", "BOM_UTF32", "BOM_UTF32_LE", "BOM_UTF32_BE", "CodecInfo", "Codec",
           "IncrementalEncoder", "IncrementalDecoder", "StreamReader", "StreamWriter",
           "StreamReaderWriter", "StreamRecoder", "getencoder", "getdecoder",
           "getincrementalencoder", "getincrementaldecoder", "getreader", "getwriter", "encode",
           "decode", "iterencode", "iterdecode", "strict_errors", "ignore_errors",
           "replace_errors", "xmlcharrefreplace_errors", "backslashreplace_errors",
           "namereplace_errors", "register_error", "lookup_error"]

from _codecs import (register, unregister, lookup, encode, decode, register_error, lookup_error,
                     strict_errors, ignore_errors, replace_errors, xmlcharrefreplace_errors,
                     backslashreplace_errors, namereplace_errors)

# ---- byte order marks ------------------------------------------------------------------------

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_LE = BOM_UTF16_LE = b'\xff\xfe'
BOM_BE = BOM_UTF16_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
if _sys.byteorder == 'little':
    BOM = BOM_UTF16 = BOM_UTF16_LE
    BOM_UTF32 = BOM_UTF32_LE
else:
    BOM = BOM_UTF16 = BOM_UTF16_BE
    BOM_UTF32 = BOM_UTF32_BE
BOM32_LE = BOM_UTF16_LE
BOM32_BE = BOM_UTF16_BE
BOM64_LE = BOM_UTF32_LE
BOM64_BE = BOM_UTF32_BE


# ---- codec descriptions and base classes -----------------------------------------------------

class CodecInfo(tuple):
    """Codec details when looking up the codec registry"""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (
            self.__class__.__module__, self.__class__.__qualname__, self.name, id(self))


class Codec:
    """Defines the interface for stateless encoders/decoders."""

    def encode(self, input, errors='strict'):
        """Encodes the object input and returns a tuple (output object, length consumed)."""
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        """Decodes the object input and returns a tuple (output object, length consumed)."""
        raise NotImplementedError


class IncrementalEncoder(object):
    """An IncrementalEncoder encodes an input in multiple steps."""

    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        """Encodes input and returns the resulting object."""
        raise NotImplementedError

    def reset(self):
        """Resets the encoder to the initial state."""

    def getstate(self):
        """Return the current state of the encoder."""
        return 0

    def setstate(self, state):
        """Set the current state of the encoder."""


class BufferedIncrementalEncoder(IncrementalEncoder):
    """An IncrementalEncoder that keeps unencoded input between calls to encode()."""

    def __init__(self, errors='strict'):
        IncrementalEncoder.__init__(self, errors)
        self.buffer = ""

    def _buffer_encode(self, input, errors, final):
        raise NotImplementedError

    def encode(self, input, final=False):
        data = self.buffer + input
        result, consumed = self._buffer_encode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalEncoder.reset(self)
        self.buffer = ""

    def getstate(self):
        return self.buffer or 0

    def setstate(self, state):
        self.buffer = state or ""


class IncrementalDecoder(object):
    """An IncrementalDecoder decodes an input in multiple steps."""

    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        """Decode input and returns the resulting object."""
        raise NotImplementedError

    def reset(self):
        """Reset the decoder to the initial state."""

    def getstate(self):
        """Return the current state of the decoder."""
        return (b"", 0)

    def setstate(self, state):
        """Set the current state of the decoder."""


class BufferedIncrementalDecoder(IncrementalDecoder):
    """An IncrementalDecoder that keeps undecoded input between calls to decode()."""

    def __init__(self, errors='strict'):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b""

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + input
        result, consumed = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b""

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


# ---- streams ---------------------------------------------------------------------------------

class StreamWriter(Codec):

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        """Writes the object's contents encoded to self.stream."""
        data, consumed = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        """Writes the concatenated list of strings to the stream using .write()."""
        self.write(''.join(list))

    def reset(self):
        """Resets the codec buffers used for keeping internal state."""

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        if whence == 0 and offset == 0:
            self.reset()

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()

    def __reduce_ex__(self, proto):
        raise TypeError("can't serialize %s" % self.__class__.__name__)


class StreamReader(Codec):

    charbuffertype = str

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors
        self.bytebuffer = b""
        self._empty_charbuffer = self.charbuffertype()
        self.charbuffer = self._empty_charbuffer
        self.linebuffer = None

    def decode(self, input, errors='strict'):
        raise NotImplementedError

    def read(self, size=-1, chars=-1, firstline=False):
        """Decodes data from the stream self.stream and returns the resulting object."""
        if self.linebuffer:
            self.charbuffer = self._empty_charbuffer.join(self.linebuffer)
            self.linebuffer = None
        if chars < 0:
            chars = size
        while True:
            if chars >= 0 and len(self.charbuffer) >= chars:
                break
            newdata = self.stream.read() if size < 0 else self.stream.read(size)
            data = self.bytebuffer + newdata
            if not data:
                break
            try:
                newchars, decodedbytes = self.decode(data, self.errors)
            except UnicodeDecodeError as exc:
                if firstline:
                    newchars, decodedbytes = self.decode(data[:exc.start], self.errors)
                    lines = newchars.splitlines(keepends=True)
                    if len(lines) <= 1:
                        raise
                else:
                    raise
            self.bytebuffer = data[decodedbytes:]
            self.charbuffer += newchars
            if not newdata:
                break
        if chars < 0:
            result = self.charbuffer
            self.charbuffer = self._empty_charbuffer
        else:
            result = self.charbuffer[:chars]
            self.charbuffer = self.charbuffer[chars:]
        return result

    def readline(self, size=None, keepends=True):
        """Read one line from the input stream and return the decoded data."""
        if self.linebuffer:
            line = self.linebuffer.pop(0)
            if len(self.linebuffer) == 1:
                self.charbuffer = self.linebuffer[0]
                self.linebuffer = None
            if not keepends:
                line = line.splitlines(keepends=False)[0]
            return line
        readsize = size or 72
        line = self._empty_charbuffer
        while True:
            data = self.read(readsize, firstline=True)
            if data:
                # a '\r' ending a chunk may be the first half of '\r\n'
                if (isinstance(data, str) and data.endswith("\r")) or \
                   (isinstance(data, bytes) and data.endswith(b"\r")):
                    data += self.read(size=1, chars=1)
            line += data
            lines = line.splitlines(keepends=True)
            if lines:
                if len(lines) > 1:
                    line = lines[0]
                    del lines[0]
                    if len(lines) > 1:
                        lines[-1] += self.charbuffer
                        self.linebuffer = lines
                        self.charbuffer = None
                    else:
                        self.charbuffer = lines[0] + self.charbuffer
                    if not keepends:
                        line = line.splitlines(keepends=False)[0]
                    break
                line0withend = lines[0]
                line0withoutend = lines[0].splitlines(keepends=False)[0]
                if line0withend != line0withoutend:
                    self.charbuffer = self._empty_charbuffer.join(lines[1:]) + self.charbuffer
                    line = line0withend if keepends else line0withoutend
                    break
            if not data or size is not None:
                if line and not keepends:
                    line = line.splitlines(keepends=False)[0]
                break
            if readsize < 8000:
                readsize *= 2
        return line

    def readlines(self, sizehint=None, keepends=True):
        """Read all lines available on the input stream and return them as a list."""
        data = self.read()
        return data.splitlines(keepends)

    def reset(self):
        """Resets the codec buffers used for keeping internal state."""
        self.bytebuffer = b""
        self.charbuffer = self._empty_charbuffer
        self.linebuffer = None

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reset()

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __iter__(self):
        return self

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()

    def __reduce_ex__(self, proto):
        raise TypeError("can't serialize %s" % self.__class__.__name__)


class StreamReaderWriter:
    """Wraps a stream with a StreamReader and a StreamWriter."""

    encoding = 'unknown'

    def __init__(self, stream, Reader, Writer, errors='strict'):
        self.stream = stream
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=None):
        return self.reader.readline(size)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def __next__(self):
        return next(self.reader)

    def __iter__(self):
        return self

    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reader.reset()
        if whence == 0 and offset == 0:
            self.writer.reset()

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()

    def __reduce_ex__(self, proto):
        raise TypeError("can't serialize %s" % self.__class__.__name__)


class StreamRecoder:
    """Translates data from one encoding to another: the stream holds data in the "backend"
    encoding (Reader/Writer), the caller sees it in the "frontend" one (encode/decode)."""

    data_encoding = 'unknown'
    file_encoding = 'unknown'

    def __init__(self, stream, encode, decode, Reader, Writer, errors='strict'):
        self.stream = stream
        self.encode = encode
        self.decode = decode
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        data = self.reader.read(size)
        data, bytesencoded = self.encode(data, self.errors)
        return data

    def readline(self, size=None):
        data = self.reader.readline() if size is None else self.reader.readline(size)
        data, bytesencoded = self.encode(data, self.errors)
        return data

    def readlines(self, sizehint=None):
        data = self.reader.read()
        data, bytesencoded = self.encode(data, self.errors)
        return data.splitlines(keepends=True)

    def __next__(self):
        data = next(self.reader)
        data, bytesencoded = self.encode(data, self.errors)
        return data

    def __iter__(self):
        return self

    def write(self, data):
        data, bytesdecoded = self.decode(data, self.errors)
        return self.writer.write(data)

    def writelines(self, list):
        data = b''.join(list)
        data, bytesdecoded = self.decode(data, self.errors)
        return self.writer.write(data)

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def seek(self, offset, whence=0):
        self.reader.seek(offset, whence)
        self.writer.seek(offset, whence)

    def __getattr__(self, name, getattr=getattr):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()

    def __reduce_ex__(self, proto):
        raise TypeError("can't serialize %s" % self.__class__.__name__)


# ---- shortcuts -------------------------------------------------------------------------------

def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """Open an encoded file using the given mode and return a wrapped version providing
    transparent encoding/decoding."""
    if encoding is not None and 'b' not in mode:
        mode = mode + 'b'
    file = _builtins.open(filename, mode, buffering)
    if encoding is None:
        return file
    try:
        info = lookup(encoding)
        srw = StreamReaderWriter(file, info.streamreader, info.streamwriter, errors)
        srw.encoding = encoding
        return srw
    except:
        file.close()
        raise


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):
    """Return a wrapped version of file which provides transparent encoding translation."""
    if file_encoding is None:
        file_encoding = data_encoding
    data_info = lookup(data_encoding)
    file_info = lookup(file_encoding)
    sr = StreamRecoder(file, data_info.encode, data_info.decode,
                       file_info.streamreader, file_info.streamwriter, errors)
    sr.data_encoding = data_encoding
    sr.file_encoding = file_encoding
    return sr


def getencoder(encoding):
    """Lookup up the codec for the given encoding and return its encoder function."""
    return lookup(encoding).encode


def getdecoder(encoding):
    """Lookup up the codec for the given encoding and return its decoder function."""
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    """Lookup up the codec for the given encoding and return its IncrementalEncoder class."""
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    """Lookup up the codec for the given encoding and return its IncrementalDecoder class."""
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def getreader(encoding):
    """Lookup up the codec for the given encoding and return its StreamReader class."""
    return lookup(encoding).streamreader


def getwriter(encoding):
    """Lookup up the codec for the given encoding and return its StreamWriter class."""
    return lookup(encoding).streamwriter


def iterencode(iterator, encoding, errors='strict', **kwargs):
    """Encoding iterator: encodes the strings from iterator incrementally."""
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = encoder.encode(input)
        if output:
            yield output
    output = encoder.encode("", True)
    if output:
        yield output


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    """Decoding iterator: decodes the bytes from iterator incrementally."""
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for input in iterator:
        output = decoder.decode(input)
        if output:
            yield output
    output = decoder.decode(b"", True)
    if output:
        yield output


def make_identity_dict(rng):
    """make_identity_dict(rng) -> dict"""
    return {i: i for i in rng}


def make_encoding_map(decoding_map):
    """Creates an encoding map from a decoding map."""
    m = {}
    for k, v in decoding_map.items():
        if v not in m:
            m[v] = k
        else:
            m[v] = None
    return m


# ---- the builtin codecs (CPython's encodings package) ----------------------------------------

def _classes(modname, encode, decode, buffer_decode, incremental_encode=None):
    """The Codec, incremental and stream classes of one codec; decode(input, errors) decodes
    everything, buffer_decode(input, errors, final) only what is complete (or None when the
    codec is stateless)."""
    def enc(self, input, errors='strict'):
        return encode(input, errors)

    def dec(self, input, errors='strict'):
        return decode(input, errors)

    codec = type('Codec', (Codec,), {'encode': enc, 'decode': dec})

    if incremental_encode is None:
        def incremental_encode(self, input, final=False):
            return encode(input, self.errors)[0]
    ienc = type('IncrementalEncoder', (IncrementalEncoder,), {'encode': incremental_encode})

    if buffer_decode is None:
        def idecode(self, input, final=False):
            return decode(input, self.errors)[0]
        idec = type('IncrementalDecoder', (IncrementalDecoder,), {'decode': idecode})
        reader_decode = dec
    else:
        idec = type('IncrementalDecoder', (BufferedIncrementalDecoder,),
                    {'_buffer_decode': staticmethod(buffer_decode)})

        def reader_decode(self, input, errors='strict'):
            return buffer_decode(input, errors, False)
    writer = type('StreamWriter', (codec, StreamWriter), {})
    reader = type('StreamReader', (codec, StreamReader), {'decode': reader_decode})
    for cls in (codec, ienc, idec, writer, reader):
        cls.__module__ = 'encodings.' + modname
    return codec, ienc, idec, reader, writer


def _simple(name, modname, encode, decode, buffer_decode, text=True):
    codec, ienc, idec, reader, writer = _classes(modname, encode, decode, buffer_decode)
    return CodecInfo(name=name, encode=encode, decode=decode, incrementalencoder=ienc,
                     incrementaldecoder=idec, streamreader=reader, streamwriter=writer,
                     _is_text_encoding=text)


def _final(buffer_decode):
    def decode(input, errors='strict'):
        return buffer_decode(input, errors, True)
    return decode


def _native(name, modname):
    # a charmap codec (or another the native table has): stateless
    def encode(input, errors='strict'):
        if not isinstance(input, str):
            raise TypeError(f"charmap_encode() argument 1 must be str, not {type(input).__name__}")
        return input.encode(name, errors), len(input)

    def decode(input, errors='strict'):
        data = _codecs._buffer(input)
        return data.decode(name, errors), len(data)
    encode.__name__ = encode.__qualname__ = 'encode'
    decode.__name__ = decode.__qualname__ = 'decode'
    return _simple(name, modname, encode, decode, None)


def _bom_codec(name, modname, size):
    """utf-16 / utf-32: a byte order mark first, then the native byte order (little endian)."""
    ex_decode = _codecs.utf_16_ex_decode if size == 2 else _codecs.utf_32_ex_decode
    plain_decode = _codecs.utf_16_decode if size == 2 else _codecs.utf_32_decode
    encode = _codecs.utf_16_encode if size == 2 else _codecs.utf_32_encode
    le_encode = _codecs.utf_16_le_encode if size == 2 else _codecs.utf_32_le_encode
    le_decode = _codecs.utf_16_le_decode if size == 2 else _codecs.utf_32_le_decode
    be_decode = _codecs.utf_16_be_decode if size == 2 else _codecs.utf_32_be_decode

    def decode(input, errors='strict'):
        return plain_decode(input, errors, True)
    decode.__name__ = decode.__qualname__ = 'decode'

    class IncEncoder(IncrementalEncoder):
        def __init__(self, errors='strict'):
            IncrementalEncoder.__init__(self, errors)
            self.encoder = None

        def encode(self, input, final=False):
            if self.encoder is None:
                result = encode(input, self.errors)[0]
                self.encoder = le_encode
                return result
            return self.encoder(input, self.errors)[0]

        def reset(self):
            IncrementalEncoder.reset(self)
            self.encoder = None

        def getstate(self):
            return 2 if self.encoder is None else 0

        def setstate(self, state):
            self.encoder = None if state else le_encode

    class IncDecoder(BufferedIncrementalDecoder):
        def __init__(self, errors='strict'):
            BufferedIncrementalDecoder.__init__(self, errors)
            self.decoder = None

        def _buffer_decode(self, input, errors, final):
            if self.decoder is None:
                output, consumed, byteorder = ex_decode(input, errors, 0, final)
                if byteorder == -1:
                    self.decoder = le_decode
                elif byteorder == 1:
                    self.decoder = be_decode
                elif consumed >= size:
                    raise UnicodeError("UTF-%d stream does not start with BOM" % (size * 8))
                return output, consumed
            return self.decoder(input, self.errors, final)

        def reset(self):
            BufferedIncrementalDecoder.reset(self)
            self.decoder = None

        def getstate(self):
            state = BufferedIncrementalDecoder.getstate(self)[0]
            if self.decoder is None:
                return (state, 2)
            return (state, int((_sys.byteorder == "big") != (self.decoder is be_decode)))

        def setstate(self, state):
            BufferedIncrementalDecoder.setstate(self, state)
            state = state[1]
            if state == 0:
                self.decoder = be_decode if _sys.byteorder == "big" else le_decode
            elif state == 1:
                self.decoder = le_decode if _sys.byteorder == "big" else be_decode
            else:
                self.decoder = None

    class Writer(StreamWriter):
        def __init__(self, stream, errors='strict'):
            StreamWriter.__init__(self, stream, errors)
            self.encoder = None

        def reset(self):
            StreamWriter.reset(self)
            self.encoder = None

        def encode(self, input, errors='strict'):
            if self.encoder is None:
                result = encode(input, errors)
                self.encoder = le_encode
                return result
            return self.encoder(input, errors)

    class Reader(StreamReader):
        def reset(self):
            StreamReader.reset(self)
            try:
                del self.decode
            except AttributeError:
                pass

        def decode(self, input, errors='strict'):
            output, consumed, byteorder = ex_decode(input, errors, 0, False)
            if byteorder == -1:
                self.decode = le_decode
            elif byteorder == 1:
                self.decode = be_decode
            elif consumed >= size:
                raise UnicodeError("UTF-%d stream does not start with BOM" % (size * 8))
            return output, consumed

    for cls, n in ((IncEncoder, 'IncrementalEncoder'), (IncDecoder, 'IncrementalDecoder'),
                   (Writer, 'StreamWriter'), (Reader, 'StreamReader')):
        cls.__name__ = cls.__qualname__ = n
        cls.__module__ = 'encodings.' + modname
    return CodecInfo(name=name, encode=encode, decode=decode, incrementalencoder=IncEncoder,
                     incrementaldecoder=IncDecoder, streamreader=Reader, streamwriter=Writer)


def _utf_8_sig():
    def encode(input, errors='strict'):
        return BOM_UTF8 + _codecs.utf_8_encode(input, errors)[0], len(input)

    def decode(input, errors='strict'):
        prefix = 0
        if input[:3] == BOM_UTF8:
            input = input[3:]
            prefix = 3
        output, consumed = _codecs.utf_8_decode(input, errors, True)
        return output, consumed + prefix
    encode.__name__ = encode.__qualname__ = 'encode'
    decode.__name__ = decode.__qualname__ = 'decode'

    class IncEncoder(IncrementalEncoder):
        def __init__(self, errors='strict'):
            IncrementalEncoder.__init__(self, errors)
            self.first = 1

        def encode(self, input, final=False):
            if self.first:
                self.first = 0
                return BOM_UTF8 + _codecs.utf_8_encode(input, self.errors)[0]
            return _codecs.utf_8_encode(input, self.errors)[0]

        def reset(self):
            IncrementalEncoder.reset(self)
            self.first = 1

        def getstate(self):
            return self.first

        def setstate(self, state):
            self.first = state

    class IncDecoder(BufferedIncrementalDecoder):
        def __init__(self, errors='strict'):
            BufferedIncrementalDecoder.__init__(self, errors)
            self.first = 1

        def _buffer_decode(self, input, errors, final):
            if self.first:
                if len(input) < 3:
                    if BOM_UTF8.startswith(input):
                        return "", 0
                    self.first = 0
                else:
                    self.first = 0
                    if input[:3] == BOM_UTF8:
                        output, consumed = _codecs.utf_8_decode(input[3:], errors, final)
                        return output, consumed + 3
            return _codecs.utf_8_decode(input, errors, final)

        def reset(self):
            BufferedIncrementalDecoder.reset(self)
            self.first = 1

        def getstate(self):
            state = BufferedIncrementalDecoder.getstate(self)
            return (state[0], self.first)

        def setstate(self, state):
            BufferedIncrementalDecoder.setstate(self, state)
            self.first = state[1]

    class Writer(StreamWriter):
        def reset(self):
            StreamWriter.reset(self)
            try:
                del self.encode
            except AttributeError:
                pass

        def encode(self, input, errors='strict'):
            self.encode = _codecs.utf_8_encode
            return encode(input, errors)

    class Reader(StreamReader):
        def reset(self):
            StreamReader.reset(self)
            try:
                del self.decode
            except AttributeError:
                pass

        def decode(self, input, errors='strict'):
            if len(input) < 3:
                if BOM_UTF8.startswith(input):
                    return ("", 0)
            elif input[:3] == BOM_UTF8:
                self.decode = _codecs.utf_8_decode
                output, consumed = _codecs.utf_8_decode(input[3:], errors)
                return (output, consumed + 3)
            self.decode = _codecs.utf_8_decode
            return _codecs.utf_8_decode(input, errors)

    for cls, n in ((IncEncoder, 'IncrementalEncoder'), (IncDecoder, 'IncrementalDecoder'),
                   (Writer, 'StreamWriter'), (Reader, 'StreamReader')):
        cls.__name__ = cls.__qualname__ = n
        cls.__module__ = 'encodings.utf_8_sig'
    return CodecInfo(name='utf-8-sig', encode=encode, decode=decode,
                     incrementalencoder=IncEncoder, incrementaldecoder=IncDecoder,
                     streamreader=Reader, streamwriter=Writer)


def _stateful(name, modname, encode, buffer_decode):
    def decode(input, errors='strict'):
        return buffer_decode(input, errors, True)
    decode.__name__ = decode.__qualname__ = 'decode'
    return _simple(name, modname, encode, decode, buffer_decode)


_ROT13 = str.maketrans('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
                       'NOPQRSTUVWXYZABCDEFGHIJKLMnopqrstuvwxyzabcdefghijklm')


def rot13(infile, outfile):
    outfile.write(encode(infile.read(), 'rot-13'))


def _rot_13():
    def encode(input, errors='strict'):
        return (str.translate(input, _ROT13), len(input))
    encode.__name__ = encode.__qualname__ = 'encode'
    return _simple('rot-13', 'rot_13', encode, encode, None, text=False)


def _hex():
    import binascii

    def hex_encode(input, errors='strict'):
        assert errors == 'strict'
        return (binascii.b2a_hex(input), len(input))

    def hex_decode(input, errors='strict'):
        assert errors == 'strict'
        return (binascii.a2b_hex(input), len(input))
    return _simple('hex', 'hex_codec', hex_encode, hex_decode, None, text=False)


def _base64():
    import binascii

    def check(s):
        # base64.encodebytes/decodebytes's argument check
        try:
            memoryview(s)
        except TypeError as err:
            raise TypeError("expected bytes-like object, not %s" % s.__class__.__name__) from err

    def base64_encode(input, errors='strict'):
        assert errors == 'strict'
        check(input)
        data = bytes(memoryview(input))
        pieces = [binascii.b2a_base64(data[i:i + 57]) for i in range(0, len(data), 57)]
        return (b''.join(pieces), len(input))

    def base64_decode(input, errors='strict'):
        assert errors == 'strict'
        check(input)
        return (binascii.a2b_base64(input), len(input))
    return _simple('base64', 'base64_codec', base64_encode, base64_decode, None, text=False)


_STATEFUL = {
    'utf-8': ('utf_8', _codecs.utf_8_encode, _codecs.utf_8_decode),
    'utf-16-le': ('utf_16_le', _codecs.utf_16_le_encode, _codecs.utf_16_le_decode),
    'utf-16-be': ('utf_16_be', _codecs.utf_16_be_encode, _codecs.utf_16_be_decode),
    'utf-32-le': ('utf_32_le', _codecs.utf_32_le_encode, _codecs.utf_32_le_decode),
    'utf-32-be': ('utf_32_be', _codecs.utf_32_be_encode, _codecs.utf_32_be_decode),
    'unicode-escape': ('unicode_escape', _codecs.unicode_escape_encode,
                       _codecs.unicode_escape_decode),
    'raw-unicode-escape': ('raw_unicode_escape', _codecs.raw_unicode_escape_encode,
                           _codecs.raw_unicode_escape_decode),
}

_STATELESS = {
    'ascii': ('ascii', _codecs.ascii_encode, _codecs.ascii_decode),
    'iso8859-1': ('latin_1', _codecs.latin_1_encode, _codecs.latin_1_decode),
}

_BINARY = {
    'rot13': _rot_13, 'rot_13': _rot_13,
    'hex': _hex, 'hex_codec': _hex,
    'base64': _base64, 'base_64': _base64, 'base64_codec': _base64,
}


def _search_builtin(name):
    """The search function of the builtin codecs (CPython's encodings.search_function)."""
    maker = _BINARY.get(name.replace('.', '_'))
    if maker is not None:
        return maker()
    canonical = _pyframe_codecs.codec_name(name)
    if canonical is None:
        return None
    if canonical in _STATEFUL:
        modname, encode, decode = _STATEFUL[canonical]
        return _stateful(canonical, modname, encode, decode)
    if canonical in _STATELESS:
        modname, encode, decode = _STATELESS[canonical]
        return _simple(canonical, modname, encode, decode, None)
    if canonical == 'utf-16':
        return _bom_codec('utf-16', 'utf_16', 2)
    if canonical == 'utf-32':
        return _bom_codec('utf-32', 'utf_32', 4)
    if canonical == 'utf-8-sig':
        return _utf_8_sig()
    return _native(canonical, canonical.replace('-', '_'))


if _search_builtin not in _codecs._search_path:
    _codecs._search_path.insert(0, _search_builtin)

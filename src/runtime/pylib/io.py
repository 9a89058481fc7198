"""The io module provides the Python interfaces to stream handling. The
builtin open function is defined in this module.

At the top of the I/O hierarchy is the abstract base class IOBase. It
defines the basic interface to a stream. RawIOBase (unbuffered bytes over
an OS file, FileIO), BufferedIOBase (BufferedReader, BufferedWriter,
BufferedRandom, BufferedRWPair, BytesIO) and TextIOBase (TextIOWrapper,
StringIO) derive from it.

pyframe's io is written in Python over the posix module's descriptor
functions; the classes report themselves as _io.* as CPython's do.
"""

# pyframe: native frames: *
# (CPython's io classes and open() are C code (_io): their frames never show in tracebacks)

import posix as _posix

__all__ = ["BlockingIOError", "open", "open_code", "IOBase", "RawIOBase",
           "FileIO", "BytesIO", "StringIO", "BufferedIOBase",
           "BufferedReader", "BufferedWriter", "BufferedRWPair",
           "BufferedRandom", "TextIOBase", "TextIOWrapper",
           "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END",
           "DEFAULT_BUFFER_SIZE", "text_encoding", "IncrementalNewlineDecoder"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192

BlockingIOError = BlockingIOError


class UnsupportedOperation(OSError, ValueError):
    pass


UnsupportedOperation.__module__ = "io"

_CLOSED = "I/O operation on closed file."
_CLOSED_NP = "I/O operation on closed file"  # FileIO's and StringIO's wording (err_closed)


# ---- class registry: isinstance(sys.stdout, io.TextIOBase) for the runtime's own streams ----

_registered = []  # (foreign type, io class it stands for)


class _IOMeta(type):
    def __instancecheck__(cls, obj):
        return cls.__subclasscheck__(type(obj))

    def __subclasscheck__(cls, sub):
        if type.__subclasscheck__(cls, sub):
            return True
        for foreign, target in _registered:
            if type.__subclasscheck__(foreign, sub) and type.__subclasscheck__(cls, target):
                return True
        return False

    def register(cls, subclass):
        _registered.append((subclass, cls))
        return subclass


def _index_or_none(size, what="argument"):
    if size is None:
        return -1
    try:
        return size.__index__()
    except AttributeError:
        raise TypeError(f"{what} should be integer or None, not '{type(size).__name__}'") from None


def _bytes_like(b):
    if isinstance(b, (bytes, bytearray)):
        return bytes(b)
    if isinstance(b, str):
        raise TypeError(f"a bytes-like object is required, not '{type(b).__name__}'")
    try:
        return bytes(memoryview(b))
    except TypeError:
        raise TypeError(f"a bytes-like object is required, not '{type(b).__name__}'") from None


# ---- IOBase ----------------------------------------------------------------------------------

class IOBase(metaclass=_IOMeta):
    """The abstract base class for all I/O classes."""

    _closed_flag = False

    def _unsupported(self, name):
        raise UnsupportedOperation(name)

    def seek(self, pos, whence=0):
        """Change the stream position to the given byte offset."""
        self._unsupported("seek")

    def tell(self):
        """Return current stream position."""
        return self.seek(0, 1)

    def truncate(self, pos=None):
        """Truncate file to size bytes."""
        self._unsupported("truncate")

    def flush(self):
        """Flush write buffers, if applicable."""
        self._checkClosed()

    def close(self):
        """Flush and close the IO object."""
        if not self._closed_flag:
            try:
                self.flush()
            finally:
                self._closed_flag = True

    def __del__(self):
        try:
            closed = self.closed
        except Exception:
            return
        if closed:
            return
        try:
            self.close()
        except Exception:
            pass

    def seekable(self):
        """Return whether object supports random access."""
        return False

    def readable(self):
        """Return whether object was opened for reading."""
        return False

    def writable(self):
        """Return whether object was opened for writing."""
        return False

    def _checkClosed(self, msg=None):
        if self.closed:
            raise ValueError(_CLOSED if msg is None else msg)

    def _checkSeekable(self, msg=None):
        if not self.seekable():
            raise UnsupportedOperation("File or stream is not seekable." if msg is None else msg)

    def _checkReadable(self, msg=None):
        if not self.readable():
            raise UnsupportedOperation("File or stream is not readable." if msg is None else msg)

    def _checkWritable(self, msg=None):
        if not self.writable():
            raise UnsupportedOperation("File or stream is not writable." if msg is None else msg)

    @property
    def closed(self):
        return self._closed_flag

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def fileno(self):
        """Return the underlying file descriptor (an integer)."""
        self._unsupported("fileno")

    def isatty(self):
        """Return whether this is an 'interactive' stream."""
        self._checkClosed()
        return False

    def readline(self, size=-1):
        """Read and return a line of bytes from the stream."""
        size = _index_or_none(size)
        out = bytearray()
        while size < 0 or len(out) < size:
            if hasattr(self, "peek"):
                ahead = self.peek(1)
                if not ahead:
                    break
                n = ahead.find(b"\n") + 1 or len(ahead)
                if size >= 0:
                    n = min(n, size - len(out))
                chunk = self.read(n)
            else:
                chunk = self.read(1)
            if not chunk:
                break
            out += chunk
            if out.endswith(b"\n"):
                break
        return bytes(out)

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        """Return a list of lines from the stream."""
        if hint is None or hint <= 0:
            return list(self)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if total > hint:
                break
        return lines

    def writelines(self, lines):
        """Write a list of lines to stream."""
        self._checkClosed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    """Base class for raw binary I/O."""

    def read(self, size=-1):
        size = _index_or_none(size)
        if size < 0:
            return self.readall()
        b = bytearray(size)
        n = self.readinto(b)
        if n is None:
            return None
        del b[n:]
        return bytes(b)

    def readall(self):
        """Read until EOF, using multiple read() call."""
        res = bytearray()
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if not data:
                break
            res += data
        if res:
            return bytes(res)
        return data

    def readinto(self, b):
        self._unsupported("readinto")

    def write(self, b):
        self._unsupported("write")


class BufferedIOBase(IOBase):
    """Base class for buffered IO objects."""

    def read(self, size=-1):
        self._unsupported("read")

    def read1(self, size=-1):
        self._unsupported("read1")

    def readinto(self, b):
        return self._readinto(b, False)

    def readinto1(self, b):
        return self._readinto(b, True)

    def _readinto(self, b, read1):
        m = memoryview(b)
        n = len(m)
        data = self.read1(n) if read1 else self.read(n)
        k = len(data)
        b[:k] = data
        return k

    def write(self, b):
        self._unsupported("write")

    def detach(self):
        self._unsupported("detach")


class TextIOBase(IOBase):
    """Base class for text I/O."""

    def read(self, size=-1):
        self._unsupported("read")

    def write(self, s):
        self._unsupported("write")

    def truncate(self, pos=None):
        self._unsupported("truncate")

    def readline(self):
        self._unsupported("readline")

    def detach(self):
        self._unsupported("detach")

    @property
    def encoding(self):
        return None

    @property
    def newlines(self):
        return None

    @property
    def errors(self):
        return None


# ---- FileIO ----------------------------------------------------------------------------------

def _mode_flags(mode):
    """(flags, readable, writable, created, appending, plus) of a FileIO mode."""
    rwa = False
    readable = writable = created = appending = plus = False
    for c in mode:
        if c == "x":
            if rwa:
                raise ValueError("Must have exactly one of create/read/write/append mode and at most one plus")
            rwa = True
            created = writable = True
        elif c == "r":
            if rwa:
                raise ValueError("Must have exactly one of create/read/write/append mode and at most one plus")
            rwa = True
            readable = True
        elif c == "w":
            if rwa:
                raise ValueError("Must have exactly one of create/read/write/append mode and at most one plus")
            rwa = True
            writable = True
        elif c == "a":
            if rwa:
                raise ValueError("Must have exactly one of create/read/write/append mode and at most one plus")
            rwa = True
            writable = appending = True
        elif c == "+":
            if plus:
                raise ValueError("Must have exactly one of create/read/write/append mode and at most one plus")
            readable = writable = plus = True
        elif c == "b":
            pass
        else:
            raise ValueError(f"invalid mode: {mode}")
    if not rwa:
        raise ValueError("Must have exactly one of create/read/write/append mode and at most one plus")
    if readable and writable:
        flags = _posix.O_RDWR
    elif readable:
        flags = _posix.O_RDONLY
    else:
        flags = _posix.O_WRONLY
    if created:
        flags |= _posix.O_EXCL | _posix.O_CREAT
    elif appending:
        flags |= _posix.O_APPEND | _posix.O_CREAT
    elif writable and "w" in mode:
        flags |= _posix.O_TRUNC | _posix.O_CREAT
    flags |= _posix.O_CLOEXEC
    return flags, readable, writable, created, appending


class FileIO(RawIOBase):
    """Open a file.

    The mode can be 'r' (default), 'w', 'x' or 'a' for reading,
    writing, exclusive creation or appending.  Add a '+' to the mode
    to allow simultaneous reading and writing."""

    __module__ = "_io"
    _fd = -1
    _closefd = True
    _readable = False
    _writable = False
    _appending = False
    _created = False
    _seekable = None

    def __init__(self, file, mode="r", closefd=True, opener=None):
        if self._fd >= 0:
            if self._closefd:
                _posix.close(self._fd)
            self._fd = -1
        if isinstance(file, float):
            raise TypeError("integer argument expected, got float")
        if not isinstance(mode, str):
            raise TypeError(f"FileIO() argument 'mode' must be str, not {type(mode).__name__}")
        flags, self._readable, self._writable, self._created, self._appending = _mode_flags(mode)
        fd = -1
        if isinstance(file, int):
            fd = file
            if fd < 0:
                raise ValueError("negative file descriptor")
        else:
            if not closefd:
                raise ValueError("Cannot use closefd=False with file name")
            file = _posix.fspath(file) if not isinstance(file, (str, bytes)) else file
        self.name = file
        try:
            if fd < 0:
                if opener is None:
                    fd = _posix.open(file, flags, 0o666)
                else:
                    fd = opener(file, flags)
                    if not isinstance(fd, int):
                        raise TypeError("expected integer from opener")
                    if fd < 0:
                        raise ValueError(f"opener returned {fd}")
            self._fd = fd
            self._closefd = closefd
            try:
                st = _posix.fstat(fd)
            except OSError:
                st = None
            if st is not None and (st.st_mode & 0o170000) == 0o040000:
                raise IsADirectoryError(21, "Is a directory", file)
            if self._appending:
                try:
                    _posix.lseek(fd, 0, SEEK_END)
                except OSError:
                    pass
        except BaseException:
            if fd >= 0 and closefd:
                try:
                    _posix.close(fd)
                except OSError:
                    pass
            self._fd = -1
            raise
        self.mode = self._mode_string()

    def _mode_string(self):
        if self._created:
            return "xb+" if self._readable else "xb"
        if self._appending:
            return "ab+" if self._readable else "ab"
        if self._readable:
            return "rb+" if self._writable else "rb"
        return "wb"

    @property
    def closed(self):
        "True if the file is closed"
        return self._fd < 0

    @property
    def closefd(self):
        "True if the file descriptor will be closed by close()."
        return self._closefd

    def __repr__(self):
        cls = "_io.FileIO"
        if self._fd < 0:
            return f"<{cls} [closed]>"
        try:
            name = self.name
        except AttributeError:
            return f"<{cls} fd={self._fd} mode={self.mode!r} closefd={self._closefd!r}>"
        return f"<{cls} name={name!r} mode={self.mode!r} closefd={self._closefd!r}>"

    def __getstate__(self):
        raise TypeError(f"cannot pickle '{type(self).__name__}' object")

    def _check_readable(self):
        if self._fd < 0:
            raise ValueError(_CLOSED_NP)
        if not self._readable:
            raise UnsupportedOperation("File not open for reading")

    def _check_writable(self):
        if self._fd < 0:
            raise ValueError(_CLOSED_NP)
        if not self._writable:
            raise UnsupportedOperation("File not open for writing")

    def read(self, size=-1):
        self._check_readable()
        size = _index_or_none(size)
        if size < 0:
            return self.readall()
        return _posix.read(self._fd, size)

    def readall(self):
        self._check_readable()
        return _posix._readall(self._fd)

    def readinto(self, b):
        self._check_readable()
        m = memoryview(b)
        data = _posix.read(self._fd, len(m))
        n = len(data)
        b[:n] = data
        return n

    def write(self, b):
        self._check_writable()
        return _posix.write(self._fd, _bytes_like(b))

    def seek(self, pos, whence=SEEK_SET):
        if self._fd < 0:
            raise ValueError(_CLOSED_NP)
        if isinstance(pos, float):
            raise TypeError("an integer is required")
        return _posix.lseek(self._fd, pos, whence)

    def tell(self):
        if self._fd < 0:
            raise ValueError(_CLOSED_NP)
        return _posix.lseek(self._fd, 0, SEEK_CUR)

    def truncate(self, size=None):
        self._check_writable()
        if size is None:
            size = self.tell()
        _posix.ftruncate(self._fd, size)
        return size

    def close(self):
        if self._fd >= 0:
            try:
                RawIOBase.close(self)
            finally:
                fd = self._fd
                self._fd = -1
                if self._closefd:
                    _posix.close(fd)

    def seekable(self):
        if self._fd < 0:
            raise ValueError(_CLOSED_NP)
        if self._seekable is None:
            try:
                _posix.lseek(self._fd, 0, SEEK_CUR)
            except OSError:
                self._seekable = False
            else:
                self._seekable = True
        return self._seekable

    def readable(self):
        if self._fd < 0:
            raise ValueError(_CLOSED_NP)
        return self._readable

    def writable(self):
        if self._fd < 0:
            raise ValueError(_CLOSED_NP)
        return self._writable

    def fileno(self):
        if self._fd < 0:
            raise ValueError(_CLOSED_NP)
        return self._fd

    def isatty(self):
        if self._fd < 0:
            raise ValueError(_CLOSED_NP)
        return _posix.isatty(self._fd)

    @property
    def _blksize(self):
        return DEFAULT_BUFFER_SIZE


# ---- buffered binary streams -------------------------------------------------------------------

class _BufferedBase(BufferedIOBase):
    """Read-ahead and write-behind buffering over a raw stream (one implementation for the
    reader, writer and random-access classes)."""

    _can_read = False
    _can_write = False
    _detached = False
    raw = None

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if buffer_size <= 0:
            raise ValueError("buffer size must be strictly positive")
        if self._can_read and not raw.readable():
            raise OSError('"raw" argument must be readable.')
        if self._can_write and not raw.writable():
            raise OSError('"raw" argument must be writable.')
        self.raw = raw
        self.buffer_size = buffer_size
        self._rbuf = b""
        self._rpos = 0
        self._wbuf = bytearray()
        self._detached = False

    def _check_attached(self):
        if self._detached or self.raw is None:
            raise ValueError("raw stream has been detached")

    @property
    def closed(self):
        raw = self.raw
        if raw is None:
            raise ValueError("raw stream has been detached")
        return raw.closed

    @property
    def name(self):
        self._check_attached()
        return self.raw.name

    @property
    def mode(self):
        self._check_attached()
        return self.raw.mode

    def __repr__(self):
        cls = f"_io.{type(self).__qualname__}" if type(self).__module__ == "_io" else f"{type(self).__module__}.{type(self).__qualname__}"
        try:
            name = self.name
        except Exception:
            return f"<{cls}>"
        return f"<{cls} name={name!r}>"

    def __getstate__(self):
        raise TypeError(f"cannot pickle '{type(self).__name__}' object")

    def readable(self):
        self._check_attached()
        return self._can_read and self.raw.readable()

    def writable(self):
        self._check_attached()
        return self._can_write and self.raw.writable()

    def seekable(self):
        self._check_attached()
        return self.raw.seekable()

    def fileno(self):
        self._check_attached()
        return self.raw.fileno()

    def isatty(self):
        self._check_attached()
        return self.raw.isatty()

    def detach(self):
        self._check_attached()
        self.flush()
        raw = self.raw
        self.raw = None
        self._detached = True
        return raw

    # -- writing --

    def _flush_writes(self):
        while self._wbuf:
            n = self.raw.write(bytes(self._wbuf))
            if n is None:
                raise BlockingIOError(11, "write could not complete without blocking", 0)
            del self._wbuf[:n]

    def _drop_readahead(self):
        # the raw position is ahead of ours by what is buffered for reading
        ahead = len(self._rbuf) - self._rpos
        self._rbuf = b""
        self._rpos = 0
        if ahead:
            self.raw.seek(-ahead, SEEK_CUR)

    def write(self, b):
        self._check_attached()
        if not self._can_write:
            raise UnsupportedOperation("write")
        if self.raw.closed:
            raise ValueError("write to closed file")
        if isinstance(b, str):
            raise TypeError(f"a bytes-like object is required, not 'str'")
        data = _bytes_like(b)
        if self._rbuf:
            self._drop_readahead()
        self._wbuf += data
        if len(self._wbuf) > self.buffer_size:
            self._flush_writes()
        return len(data)

    def flush(self):
        self._check_attached()
        if self.raw.closed:
            raise ValueError("flush of closed file" if self._can_write else _CLOSED)
        if self._can_write:
            self._flush_writes()
            if hasattr(self.raw, "flush"):
                self.raw.flush()

    def close(self):
        self._check_attached()
        if self.raw.closed:
            return
        try:
            self.flush()
        finally:
            self.raw.close()

    # -- reading --

    def _check_read(self, what="read"):
        self._check_attached()
        if not self._can_read:
            raise UnsupportedOperation(what)
        if self.raw.closed:
            raise ValueError(f"{what} of closed file")
        if self._wbuf:
            self._flush_writes()

    def _fill(self, size):
        """Ensure at least `size` buffered bytes if the raw stream has them; False at EOF."""
        have = len(self._rbuf) - self._rpos
        if have >= size:
            return True
        chunk = self.raw.read(max(self.buffer_size, size - have))
        if not chunk:
            return False
        self._rbuf = self._rbuf[self._rpos:] + chunk
        self._rpos = 0
        return True

    def read(self, size=-1):
        self._check_read()
        size = _index_or_none(size)
        if size < -1:
            raise ValueError("read length must be non-negative or -1")
        if size < 0:
            head = self._rbuf[self._rpos:]
            self._rbuf = b""
            self._rpos = 0
            rest = self.raw.readall()
            if rest is None:
                return head or None
            return head + rest
        out = []
        have = len(self._rbuf) - self._rpos
        while have < size:
            chunk = self.raw.read(max(self.buffer_size, size - have))
            if not chunk:
                break
            self._rbuf = self._rbuf[self._rpos:] + chunk
            self._rpos = 0
            have = len(self._rbuf)
        data = self._rbuf[self._rpos:self._rpos + size]
        self._rpos += len(data)
        return data

    def read1(self, size=-1):
        self._check_read()
        size = _index_or_none(size)
        if size < 0:
            size = self.buffer_size
        if size == 0:
            return b""
        if self._rpos >= len(self._rbuf):
            self._rbuf = b""
            self._rpos = 0
            chunk = self.raw.read(max(size, self.buffer_size))
            if not chunk:
                return b""
            self._rbuf = chunk
        data = self._rbuf[self._rpos:self._rpos + size]
        self._rpos += len(data)
        return data

    def peek(self, size=0):
        self._check_read("peek")
        if self._rpos >= len(self._rbuf):
            self._fill(1)
        return self._rbuf[self._rpos:]

    def readline(self, size=-1):
        self._check_read("readline")
        size = _index_or_none(size)
        parts = []
        got = 0
        while True:
            buf = self._rbuf
            start = self._rpos
            nl = buf.find(b"\n", start)
            end = len(buf) if nl < 0 else nl + 1
            if size >= 0 and got + (end - start) > size:
                end = start + (size - got)
            if end > start:
                parts.append(buf[start:end])
                got += end - start
                self._rpos = end
            if (nl >= 0 and end == nl + 1) or (size >= 0 and got >= size):
                break
            self._rbuf = b""
            self._rpos = 0
            chunk = self.raw.read(self.buffer_size)
            if not chunk:
                break
            self._rbuf = chunk
        return b"".join(parts)

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    # -- positioning --

    def tell(self):
        self._check_attached()
        pos = self.raw.tell() - (len(self._rbuf) - self._rpos) + len(self._wbuf)
        return max(pos, 0)

    def seek(self, pos, whence=0):
        self._check_attached()
        if whence not in (0, 1, 2):
            raise ValueError(f"whence value {whence} unsupported")
        if self.raw.closed:
            raise ValueError("seek of closed file")
        if self._wbuf:
            self._flush_writes()
        if whence == 1:
            pos -= len(self._rbuf) - self._rpos
        self._rbuf = b""
        self._rpos = 0
        return self.raw.seek(pos, whence)

    def truncate(self, pos=None):
        self._check_attached()
        if not self._can_write:
            raise UnsupportedOperation("truncate")
        self.flush()
        if pos is None:
            pos = self.tell()
        if self._rbuf:
            self._drop_readahead()
        return self.raw.truncate(pos)


class BufferedReader(_BufferedBase):
    """Create a new buffered reader using the given readable raw IO object."""

    __module__ = "_io"
    _can_read = True

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        _BufferedBase.__init__(self, raw, buffer_size)


class BufferedWriter(_BufferedBase):
    """A buffer for a writeable sequential RawIO object."""

    __module__ = "_io"
    _can_write = True

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        _BufferedBase.__init__(self, raw, buffer_size)


class BufferedRandom(_BufferedBase):
    """A buffered interface to random access streams."""

    __module__ = "_io"
    _can_read = True
    _can_write = True

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        raw._checkSeekable() if hasattr(raw, "_checkSeekable") else None
        _BufferedBase.__init__(self, raw, buffer_size)


class BufferedRWPair(BufferedIOBase):
    """A buffered reader and writer object together."""

    __module__ = "_io"

    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        if not reader.readable():
            raise UnsupportedOperation('"reader" argument must be readable.')
        if not writer.writable():
            raise UnsupportedOperation('"writer" argument must be writable.')
        self.reader = BufferedReader(reader, buffer_size)
        self.writer = BufferedWriter(writer, buffer_size)

    def read(self, size=-1):
        return self.reader.read(size)

    def readinto(self, b):
        return self.reader.readinto(b)

    def write(self, b):
        return self.writer.write(b)

    def peek(self, size=0):
        return self.reader.peek(size)

    def read1(self, size=-1):
        return self.reader.read1(size)

    def readline(self, size=-1):
        return self.reader.readline(size)

    def readable(self):
        return self.reader.readable()

    def writable(self):
        return self.writer.writable()

    def flush(self):
        return self.writer.flush()

    def close(self):
        try:
            self.writer.close()
        finally:
            self.reader.close()

    def isatty(self):
        return self.reader.isatty() or self.writer.isatty()

    @property
    def closed(self):
        return self.writer.closed


# ---- BytesIO -----------------------------------------------------------------------------------

class BytesIO(BufferedIOBase):
    """Buffered I/O implementation using an in-memory bytes buffer."""

    __module__ = "_io"

    def __init__(self, initial_bytes=None):
        buf = bytearray()
        if initial_bytes is not None:
            buf += _bytes_like(initial_bytes)
        self._buffer = buf
        self._pos = 0
        self._exports = 0

    def __getstate__(self):
        if self._closed_flag:
            raise ValueError("__getstate__ on closed file")
        return (self.getvalue(), self._pos, getattr(self, "__dict__", {}).copy())

    def _check(self):
        if self._closed_flag:
            raise ValueError(_CLOSED)

    def getvalue(self):
        """Retrieve the entire contents of the BytesIO object."""
        self._check()
        return bytes(self._buffer)

    def getbuffer(self):
        """Get a read-write view over the contents of the BytesIO object."""
        self._check()
        return memoryview(self._buffer)

    def close(self):
        self._buffer = bytearray()
        self._closed_flag = True

    def read(self, size=-1):
        self._check()
        size = _index_or_none(size)
        buf = self._buffer
        if size < 0:
            size = len(buf)
        start = min(self._pos, len(buf))
        end = min(start + size, len(buf))
        self._pos = max(self._pos, end)
        return bytes(buf[start:end])

    def read1(self, size=-1):
        return self.read(size)

    def readline(self, size=-1):
        self._check()
        size = _index_or_none(size)
        buf = self._buffer
        start = min(self._pos, len(buf))
        nl = buf.find(b"\n", start)
        end = len(buf) if nl < 0 else nl + 1
        if size >= 0:
            end = min(end, start + size)
        self._pos = max(self._pos, end)
        return bytes(buf[start:end])

    def readlines(self, hint=None):
        self._check()
        if hint is None or hint <= 0:
            return list(self)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if total >= hint:
                break
        return lines

    def readinto(self, b):
        self._check()
        m = memoryview(b)
        data = self.read(len(m))
        n = len(data)
        b[:n] = data
        return n

    def write(self, b):
        self._check()
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        data = _bytes_like(b)
        n = len(data)
        if n == 0:
            return 0
        pos = self._pos
        buf = self._buffer
        if pos > len(buf):
            buf += bytes(pos - len(buf))
        buf[pos:pos + n] = data
        self._pos = pos + n
        return n

    def writelines(self, lines):
        self._check()
        for line in lines:
            self.write(line)

    def seek(self, pos, whence=0):
        self._check()
        try:
            pos = pos.__index__()
        except AttributeError:
            raise TypeError(f"'{type(pos).__name__}' object cannot be interpreted as an integer") from None
        if whence == 0:
            if pos < 0:
                raise ValueError(f"negative seek value {pos}")
        elif whence == 1:
            pos = max(0, self._pos + pos)
        elif whence == 2:
            pos = max(0, len(self._buffer) + pos)
        else:
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        self._pos = pos
        return pos

    def tell(self):
        self._check()
        return self._pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        else:
            try:
                size = size.__index__()
            except AttributeError:
                raise TypeError(f"'{type(size).__name__}' object cannot be interpreted as an integer") from None
            if size < 0:
                raise ValueError(f"negative size value {size}")
        del self._buffer[size:]
        return size

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def flush(self):
        self._check()

    def isatty(self):
        self._check()
        return False

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line


# ---- text: encodings and newlines --------------------------------------------------------------

def _norm_encoding(encoding):
    return encoding.lower().replace("_", "-").replace(" ", "-")


_UTF8_NAMES = {"utf-8", "utf8", "u8", "utf", "cp65001", "utf-8-sig", "utf8-sig"}


class _ChunkDecoder:
    """Decodes a byte stream chunk by chunk: keeps an incomplete trailing character for the
    next chunk (codecs' incremental decoders)."""

    def __init__(self, encoding, errors):
        self.encoding = encoding
        self.errors = errors
        self.pending = b""
        norm = _norm_encoding(encoding)
        self.sig = norm in ("utf-8-sig", "utf8-sig")
        self.first = True
        if norm in _UTF8_NAMES:
            self.kind = "utf8"
        elif norm in ("utf-16", "utf16"):
            self.kind = "utf16"
        elif norm in ("utf-16-le", "utf-16le", "utf-16-be", "utf-16be"):
            self.kind = "utf16x"
        elif norm in ("utf-32", "utf32"):
            self.kind = "utf32"
        elif norm in ("utf-32-le", "utf-32le", "utf-32-be", "utf-32be"):
            self.kind = "utf32x"
        else:
            self.kind = "bytewise"

    def _split(self, data):
        """(decodable now, kept for later) for non-final chunks."""
        kind = self.kind
        if kind == "utf8":
            n = len(data)
            i = n - 1
            while i >= 0 and i >= n - 4 and (data[i] & 0xC0) == 0x80:
                i -= 1
            if i < 0 or i < n - 4:
                return data, b""
            lead = data[i]
            need = 2 if 0xC0 <= lead < 0xE0 else 3 if 0xE0 <= lead < 0xF0 else 4 if 0xF0 <= lead < 0xF8 else 1
            if n - i < need:
                return data[:i], data[i:]
            return data, b""
        if kind in ("utf16", "utf16x"):
            cut = len(data) - len(data) % 2
            # do not split a surrogate pair
            if cut >= 2:
                hi = data[cut - 1] if self._little() else data[cut - 2]
                if 0xD8 <= hi <= 0xDB:
                    cut -= 2
            return data[:cut], data[cut:]
        if kind in ("utf32", "utf32x"):
            cut = len(data) - len(data) % 4
            return data[:cut], data[cut:]
        return data, b""

    def _little(self):
        return "be" not in _norm_encoding(self.encoding)

    def decode(self, data, final=False):
        data = self.pending + data
        if not final:
            data, self.pending = self._split(data)
        else:
            self.pending = b""
        if not data:
            return ""
        if self.first and self.kind in ("utf16", "utf32"):
            width = 2 if self.kind == "utf16" else 4
            if len(data) < width and not final:
                self.pending = data + self.pending
                return ""
            bom_le = b"\xff\xfe" if width == 2 else b"\xff\xfe\x00\x00"
            bom_be = b"\xfe\xff" if width == 2 else b"\x00\x00\xfe\xff"
            base = "utf-16" if width == 2 else "utf-32"
            if data.startswith(bom_le):
                self.encoding = base + "-le"
                data = data[width:]
            elif data.startswith(bom_be):
                self.encoding = base + "-be"
                data = data[width:]
            else:
                self.encoding = base + "-le"
            self.kind = self.kind + "x"
        elif self.first and self.sig:
            if len(data) < 3 and not final and b"\xef\xbb\xbf".startswith(data):
                self.pending = data + self.pending
                return ""
            if data.startswith(b"\xef\xbb\xbf"):
                data = data[3:]
            self.encoding = "utf-8"
        self.first = False
        return data.decode(self.encoding, self.errors)

    def reset(self):
        self.pending = b""


class _ChunkEncoder:
    def __init__(self, encoding, errors):
        self.encoding = encoding
        self.errors = errors
        norm = _norm_encoding(encoding)
        self.first = True
        self.bom_once = norm in ("utf-16", "utf16", "utf-32", "utf32", "utf-8-sig", "utf8-sig")

    def encode(self, s):
        data = s.encode(self.encoding, self.errors)
        if self.bom_once and self.first and s:
            self.first = False
            norm = _norm_encoding(self.encoding)
            if norm.startswith("utf-16") or norm.startswith("utf16"):
                self.encoding = "utf-16-le"
            elif norm.startswith("utf-32") or norm.startswith("utf32"):
                self.encoding = "utf-32-le"
            else:
                self.encoding = "utf-8"
        return data

    def skip_bom(self):
        """Appending to or seeking inside an existing stream: no BOM is written."""
        if self.bom_once and self.first:
            self.first = False
            norm = _norm_encoding(self.encoding)
            if norm.startswith("utf-16") or norm.startswith("utf16"):
                self.encoding = "utf-16-le"
            elif norm.startswith("utf-32") or norm.startswith("utf32"):
                self.encoding = "utf-32-le"
            else:
                self.encoding = "utf-8"


def _find_line_end(text, start, mode, final):
    """End index (exclusive) of the line starting at `start` in raw `text` for the newline
    mode, or -1 if more text is needed. mode: None/'' (any of \\r, \\n, \\r\\n), or a terminator."""
    if mode is None or mode == "":
        n = len(text)
        i_n = text.find("\n", start)
        i_r = text.find("\r", start)
        if i_r < 0 or (0 <= i_n < i_r):
            return -1 if i_n < 0 else i_n + 1
        # a \r: is it \r\n?
        if i_r + 1 < n:
            return i_r + 2 if text[i_r + 1] == "\n" else i_r + 1
        return i_r + 1 if final else -1
    i = text.find(mode, start)
    return -1 if i < 0 else i + len(mode)


def _translate_newlines(s):
    if "\r" not in s:
        return s
    return s.replace("\r\n", "\n").replace("\r", "\n")


class IncrementalNewlineDecoder:
    """Codec used when reading a file in universal newlines mode."""

    __module__ = "_io"

    def __init__(self, decoder, translate, errors="strict"):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self.pendingcr = False
        self.seennl = 0

    def decode(self, input, final=False):
        if self.decoder is None:
            output = input
        else:
            output = self.decoder.decode(input, final=final)
        if self.pendingcr and (output or final):
            output = "\r" + output
            self.pendingcr = False
        if output.endswith("\r") and not final:
            output = output[:-1]
            self.pendingcr = True
        crlf = output.count("\r\n")
        cr = output.count("\r") - crlf
        lf = output.count("\n") - crlf
        self.seennl |= (lf and 1) | (cr and 2) | (crlf and 4)
        if self.translate:
            if crlf:
                output = output.replace("\r\n", "\n")
            if cr:
                output = output.replace("\r", "\n")
        return output

    def getstate(self):
        if self.decoder is None:
            buf, flag = b"", 0
        else:
            buf, flag = self.decoder.getstate()
        flag <<= 1
        if self.pendingcr:
            flag |= 1
        return buf, flag

    def setstate(self, state):
        buf, flag = state
        self.pendingcr = bool(flag & 1)
        if self.decoder is not None:
            self.decoder.setstate((buf, flag >> 1))

    def reset(self):
        self.seennl = 0
        self.pendingcr = False
        if self.decoder is not None:
            self.decoder.reset()

    @property
    def newlines(self):
        return (None, "\n", "\r", ("\r", "\n"), "\r\n", ("\n", "\r\n"),
                ("\r", "\r\n"), ("\r", "\n", "\r\n"))[self.seennl]


def _seen_newlines(seen):
    return (None, "\n", "\r", ("\r", "\n"), "\r\n", ("\n", "\r\n"),
            ("\r", "\r\n"), ("\r", "\n", "\r\n"))[seen]


def _note_newlines(text):
    crlf = text.count("\r\n")
    cr = text.count("\r") - crlf
    lf = text.count("\n") - crlf
    return (1 if lf else 0) | (2 if cr else 0) | (4 if crlf else 0)


def _check_newline(newline):
    if newline is not None and not isinstance(newline, str):
        raise TypeError(f"TextIOWrapper() argument 'newline' must be str or None, not {type(newline).__name__}")
    if newline not in (None, "", "\n", "\r", "\r\n"):
        raise ValueError(f"illegal newline value: {newline}")


def text_encoding(encoding, stacklevel=2):
    """A helper function to choose the text encoding: the locale's when encoding is None."""
    if encoding is None:
        return "locale"
    return encoding


def _lookup_encoding(encoding):
    try:
        b"".decode(encoding)
        "".encode(encoding)
    except LookupError:
        raise LookupError(f"unknown encoding: {encoding}") from None


class TextIOWrapper(TextIOBase):
    """Character and line based layer over a BufferedIOBase object, buffer."""

    __module__ = "_io"
    _CHUNK_SIZE = 8192
    _detached = False
    buffer = None

    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        _check_newline(newline)
        if encoding is None or encoding == "locale":
            encoding = "UTF-8"
        elif not isinstance(encoding, str):
            raise TypeError(f"TextIOWrapper() argument 'encoding' must be str or None, not {type(encoding).__name__}")
        if errors is None:
            errors = "strict"
        elif not isinstance(errors, str):
            raise TypeError(f"TextIOWrapper() argument 'errors' must be str or None, not {type(errors).__name__}")
        _lookup_encoding(encoding)
        self.buffer = buffer
        self._encoding = encoding
        self._errors = errors
        self._line_buffering = bool(line_buffering)
        self._write_through = bool(write_through)
        self._set_newline(newline)
        self._decoded = ""   # decoded text not yet returned, newlines untranslated
        self._dpos = 0
        self._eof = False
        self._seen = 0
        self._decoder = None
        self._encoder = None
        self._pending_writes = []
        self._pending_len = 0
        self._detached = False
        self._writable_known = False
        self._readable_known = False
        self._cr_free = True  # the read-ahead text has no '\r' (readline's fast path)
        try:
            if buffer.seekable() and buffer.writable():
                pos = buffer.tell()
                if pos != 0:
                    self._get_encoder().skip_bom()
        except Exception:
            pass

    def _set_newline(self, newline):
        self._newline = newline
        self._readuniversal = not newline
        self._readtranslate = newline is None
        self._readnl = newline
        self._writetranslate = newline != ""
        self._writenl = newline or "\n"

    def _get_decoder(self):
        if self._decoder is None:
            self._decoder = _ChunkDecoder(self._encoding, self._errors)
        return self._decoder

    def _get_encoder(self):
        if self._encoder is None:
            self._encoder = _ChunkEncoder(self._encoding, self._errors)
        return self._encoder

    def _check_attached(self):
        if self._detached or self.buffer is None:
            raise ValueError("underlying buffer has been detached")

    def _check_closed(self):
        self._check_attached()
        if getattr(self.buffer, "closed", False):
            raise ValueError(_CLOSED)

    @property
    def encoding(self):
        return self._encoding

    @property
    def errors(self):
        return self._errors

    @property
    def line_buffering(self):
        return self._line_buffering

    @property
    def write_through(self):
        return self._write_through

    @property
    def newlines(self):
        return _seen_newlines(self._seen) if self._readuniversal else None

    @property
    def closed(self):
        self._check_attached()
        return getattr(self.buffer, "closed", False)

    @property
    def name(self):
        self._check_attached()
        return self.buffer.name

    def __repr__(self):
        cls = "_io.TextIOWrapper" if type(self) is TextIOWrapper else f"{type(self).__module__}.{type(self).__qualname__}"
        out = f"<{cls}"
        try:
            name = self.name
        except AttributeError:
            pass
        except ValueError:
            pass
        else:
            out += f" name={name!r}"
        try:
            mode = self.mode
        except AttributeError:
            pass
        else:
            out += f" mode={mode!r}"
        return out + f" encoding={self._encoding!r}>"

    def __getstate__(self):
        raise TypeError(f"cannot pickle '{type(self).__name__}' object")

    def fileno(self):
        self._check_attached()
        return self.buffer.fileno()

    def isatty(self):
        self._check_attached()
        return self.buffer.isatty()

    def seekable(self):
        self._check_attached()
        return self.buffer.seekable()

    def readable(self):
        self._check_attached()
        return self.buffer.readable()

    def writable(self):
        self._check_attached()
        return self.buffer.writable()

    def reconfigure(self, *, encoding=None, errors=None, newline=Ellipsis,
                    line_buffering=None, write_through=None):
        """Reconfigure the text stream with new parameters."""
        if self._decoder is not None and (encoding is not None or errors is not None or newline is not Ellipsis):
            if self._dpos < len(self._decoded) or (self._decoder is not None and self._decoder.pending):
                raise UnsupportedOperation("It is not possible to set the encoding or newline of stream after the first read")
        if encoding is not None:
            if not isinstance(encoding, str):
                raise TypeError(f"reconfigure() argument 'encoding' must be str or None, not {type(encoding).__name__}")
            if encoding == "locale":
                encoding = "UTF-8"
            _lookup_encoding(encoding)
            if errors is None:
                errors = "strict"
        if errors is not None and not isinstance(errors, str):
            raise TypeError(f"reconfigure() argument 'errors' must be str or None, not {type(errors).__name__}")
        if newline is not Ellipsis:
            _check_newline(newline)
        self.flush()
        if encoding is not None:
            self._encoding = encoding
            self._decoder = None
            self._encoder = None
        if errors is not None:
            self._errors = errors
            self._decoder = None
            self._encoder = None
        if newline is not Ellipsis:
            self._set_newline(newline)
        if line_buffering is not None:
            self._line_buffering = bool(line_buffering)
        if write_through is not None:
            self._write_through = bool(write_through)

    # -- writing --

    def write(self, s):
        self._check_closed()
        if not isinstance(s, str):
            raise TypeError(f"write() argument must be str, not {type(s).__name__}")
        if not self._writable_known:
            if not self.buffer.writable():
                raise UnsupportedOperation("not writable")
            self._writable_known = True
        length = len(s)
        haslf = (self._writetranslate or self._line_buffering) and "\n" in s
        if haslf and self._writetranslate and self._writenl != "\n":
            s = s.replace("\n", self._writenl)
        if self._dpos < len(self._decoded) or (self._decoder is not None and self._decoder.pending):
            self._rewind_readahead()
        data = self._get_encoder().encode(s)
        self._pending_writes.append(data)
        self._pending_len += len(data)
        needflush = self._line_buffering and (haslf or "\r" in s)
        if self._write_through or needflush or self._pending_len > self._CHUNK_SIZE:
            self._flush_pending()
        if needflush:
            self.buffer.flush()
        return length

    def _flush_pending(self):
        if self._pending_writes:
            data = b"".join(self._pending_writes)
            self._pending_writes = []
            self._pending_len = 0
            self.buffer.write(data)

    def flush(self):
        self._check_closed()
        self._flush_pending()
        self.buffer.flush()

    def close(self):
        self._check_attached()
        if getattr(self.buffer, "closed", False):
            return
        try:
            self.flush()
        finally:
            self.buffer.close()

    def detach(self):
        self._check_attached()
        self.flush()
        buffer = self.buffer
        self.buffer = None
        self._detached = True
        return buffer

    # -- reading --

    def _check_readable(self):
        self._check_closed()
        if not self._readable_known:
            if not self.buffer.readable():
                raise UnsupportedOperation("not readable")
            self._readable_known = True
        if self._pending_writes:
            self._flush_pending()

    def _read_chunk(self):
        """Decodes one more chunk into the read-ahead text; False at EOF."""
        if self._eof:
            return False
        buf = self.buffer
        if hasattr(buf, "read1"):
            data = buf.read1(self._CHUNK_SIZE)
        else:
            data = buf.read(self._CHUNK_SIZE)
        dec = self._get_decoder()
        if not data:
            self._eof = True
            text = dec.decode(b"", final=True)
        else:
            text = dec.decode(data)
        if self._dpos:
            self._decoded = self._decoded[self._dpos:] + text
            self._dpos = 0
        else:
            self._decoded += text
        self._cr_free = "\r" not in self._decoded
        return True

    def _take(self, end):
        """Returns the read-ahead text up to `end`, newline-translated."""
        raw = self._decoded[self._dpos:end]
        self._dpos = end
        if self._readuniversal:
            self._seen |= _note_newlines(raw)
            if self._readtranslate:
                raw = _translate_newlines(raw)
        return raw

    def read(self, size=-1):
        self._check_readable()
        size = _index_or_none(size, "argument")
        if size < 0:
            while self._read_chunk():
                pass
            return self._take(len(self._decoded))
        while True:
            avail = len(self._decoded) - self._dpos
            if avail > size or (avail == size and (not self._readtranslate or not self._decoded.endswith("\r"))) or self._eof:
                break
            if not self._read_chunk():
                break
        end = min(self._dpos + size, len(self._decoded))
        if (self._readtranslate and end > self._dpos and self._decoded[end - 1] == "\r"
                and end < len(self._decoded) and self._decoded[end] == "\n"):
            end += 1  # \r\n becomes one character
        return self._take(end)

    def readline(self, size=-1):
        self._check_readable()
        if size == -1 and self._cr_free and self._readnl != "\r":
            # fast path: a whole line ending in \n is already decoded
            d = self._decoded
            start = self._dpos
            i = d.find("\n", start)
            if i >= 0:
                self._dpos = i + 1
                if self._readuniversal:
                    self._seen |= 1
                return d[start:i + 1]
        size = _index_or_none(size, "argument")
        mode = None if self._readuniversal else self._readnl
        scan = self._dpos
        while True:
            end = _find_line_end(self._decoded, self._dpos, mode, self._eof)
            if end >= 0:
                break
            if size >= 0 and len(self._decoded) - self._dpos >= size:
                end = self._dpos + size
                break
            if not self._read_chunk():
                end = len(self._decoded)
                break
        if size >= 0 and end - self._dpos > size:
            end = self._dpos + size
        del scan
        return self._take(end)

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    # -- positioning --

    def _rewind_readahead(self):
        """Moves the buffer back to where our caller's reading stopped."""
        pos = self.tell()
        self._decoded = ""
        self._dpos = 0
        self._eof = False
        if self._decoder is not None:
            self._decoder.reset()
        self.buffer.seek(pos)

    def tell(self):
        self._check_closed()
        if not self.buffer.seekable():
            raise UnsupportedOperation("underlying stream is not seekable")
        self._flush_pending()
        pos = self.buffer.tell()
        unread = self._decoded[self._dpos:]
        pending = self._decoder.pending if self._decoder is not None else b""
        if unread or pending:
            enc = self._decoder.encoding if self._decoder is not None else self._encoding
            pos -= len(unread.encode(enc, self._errors if self._errors != "strict" else "surrogatepass")) + len(pending)
        return pos

    def seek(self, cookie, whence=0):
        self._check_closed()
        if not self.buffer.seekable():
            raise UnsupportedOperation("underlying stream is not seekable")
        if whence == 1:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
            cookie = self.tell()
            whence = 0
        elif whence == 2:
            if cookie != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
            self.flush()
            self._decoded = ""
            self._dpos = 0
            self._eof = False
            self._decoder = None
            pos = self.buffer.seek(0, 2)
            self._get_encoder().skip_bom()
            return pos
        elif whence != 0:
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        if isinstance(cookie, float):
            raise TypeError("an integer is required")
        if cookie < 0:
            raise ValueError(f"negative seek position {cookie!r}")
        self.flush()
        self._decoded = ""
        self._dpos = 0
        self._eof = False
        self._decoder = None
        self.buffer.seek(cookie)
        if cookie != 0:
            self._get_encoder().skip_bom()
        return cookie

    def truncate(self, pos=None):
        self._check_closed()
        self.flush()
        if pos is None:
            pos = self.tell()
        return self.buffer.truncate(pos)


# ---- StringIO ----------------------------------------------------------------------------------

class StringIO(TextIOBase):
    """Text I/O implementation using an in-memory buffer (the Python version; the one
    exported is _stringio's when the runtime provides it)."""

    __module__ = "_io"

    def __init__(self, initial_value="", newline="\n"):
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f"newline must be str or None, not {type(newline).__name__}")
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError(f"illegal newline value: {newline!r}")
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError(f"initial_value must be str or None, not {type(initial_value).__name__}")
        self._newline = newline
        self._closed_flag = False
        self._buf = ""
        self._chunks = []   # appended text not yet joined into _buf
        self._size = 0      # len(_buf) + the lengths of _chunks
        self._pos = 0
        self._seen = 0
        if initial_value:
            self._write_text(initial_value)
            self._pos = 0

    def _check(self):
        if self._closed_flag:
            raise ValueError(_CLOSED_NP)

    def _check_p(self):
        if self._closed_flag:
            raise ValueError(_CLOSED)

    def _value(self):
        if self._chunks:
            self._buf += "".join(self._chunks)
            self._chunks = []
        return self._buf

    def _translate_in(self, s):
        nl = self._newline
        if nl is None:
            if "\r" in s:
                self._seen |= _note_newlines(s)
                return s.replace("\r\n", "\n").replace("\r", "\n")
            if "\n" in s:
                self._seen |= 1
            return s
        if nl == "":
            self._seen |= _note_newlines(s)
            return s
        if nl != "\n" and "\n" in s:
            return s.replace("\n", nl)
        return s

    def _write_text(self, s):
        s = self._translate_in(s)
        n = len(s)
        if not n:
            return
        pos = self._pos
        if pos == self._size:
            self._chunks.append(s)
            self._size += n
        else:
            buf = self._value()
            if pos > len(buf):
                buf += "\0" * (pos - len(buf))
            buf = buf[:pos] + s + buf[pos + n:]
            self._buf = buf
            self._size = len(buf)
        self._pos = pos + n

    def __getstate__(self):
        self._check()
        d = getattr(self, "__dict__", None)
        return (self.getvalue(), self._newline, self._pos, None)

    def __repr__(self):
        return object.__repr__(self)

    def getvalue(self):
        """Retrieve the entire contents of the object."""
        self._check()
        return self._value()

    def close(self):
        self._closed_flag = True
        self._buf = ""
        self._chunks = []
        self._size = 0

    @property
    def closed(self):
        return self._closed_flag

    @property
    def line_buffering(self):
        self._check()
        return False

    @property
    def newlines(self):
        self._check()
        if self._newline is None or self._newline == "":
            return _seen_newlines(self._seen)
        return None

    def write(self, s):
        if self._closed_flag:
            raise ValueError(_CLOSED_NP)
        if type(s) is not str and not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        n = len(s)
        if self._pos == self._size and self._newline == "\n":
            if n:
                self._chunks.append(s)
                self._size += n
                self._pos += n
            return n
        self._write_text(s)
        return n

    def writelines(self, lines):
        self._check_p()
        for line in lines:
            self.write(line)

    def read(self, size=-1):
        self._check()
        size = _index_or_none(size, "argument")
        buf = self._value()
        start = self._pos
        if start >= len(buf):
            return ""
        end = len(buf) if size < 0 else min(len(buf), start + size)
        self._pos = end
        return buf[start:end]

    def readline(self, size=-1):
        self._check()
        size = _index_or_none(size, "argument")
        buf = self._value()
        start = self._pos
        if start >= len(buf):
            return ""
        nl = self._newline
        if nl is None or nl == "\n":
            i = buf.find("\n", start)
            end = len(buf) if i < 0 else i + 1
        elif nl == "":
            end = _find_line_end(buf, start, "", True)
            if end < 0:
                end = len(buf)
        else:
            i = buf.find(nl, start)
            end = len(buf) if i < 0 else i + len(nl)
        if size >= 0:
            end = min(end, start + size)
        self._pos = end
        return buf[start:end]

    def __next__(self):
        self._check()
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __iter__(self):
        self._check_p()
        return self

    def readlines(self, hint=None):
        self._check_p()
        return IOBase.readlines(self, hint)

    def seek(self, pos, whence=0):
        self._check()
        try:
            pos = pos.__index__()
        except AttributeError:
            raise TypeError(f"'{type(pos).__name__}' object cannot be interpreted as an integer") from None
        if whence == 0:
            if pos < 0:
                raise ValueError(f"Negative seek position {pos}")
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = len(self._value())
        else:
            raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def tell(self):
        self._check()
        return self._pos

    def truncate(self, pos=None):
        self._check()
        if pos is None:
            pos = self._pos
        else:
            try:
                pos = pos.__index__()
            except AttributeError:
                raise TypeError(f"'{type(pos).__name__}' object cannot be interpreted as an integer") from None
            if pos < 0:
                raise ValueError(f"Negative size value {pos}")
        buf = self._value()
        if pos < len(buf):
            self._buf = buf[:pos]
            self._size = pos
        return pos

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def flush(self):
        pass

    def isatty(self):
        self._check_p()
        return False

    def detach(self):
        raise UnsupportedOperation("detach")

    @property
    def encoding(self):
        return None

    @property
    def errors(self):
        return None


_PyStringIO = StringIO
_PyBytesIO = BytesIO
try:
    from _stringio import StringIO, BytesIO, _set_unsupported
except ImportError:
    pass
else:
    _set_unsupported(UnsupportedOperation)
    TextIOBase.register(StringIO)
    BufferedIOBase.register(BytesIO)
    del _set_unsupported


# ---- open() -------------------------------------------------------------------------------------

def open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None,
         closefd=True, opener=None):
    """Open file and return a stream.  Raise OSError upon failure."""
    if not isinstance(file, int):
        file = _posix.fspath(file)
    if not isinstance(file, (str, bytes, int)):
        raise TypeError(f"invalid file: {file!r}")
    if not isinstance(mode, str):
        raise TypeError(f"open() argument 'mode' must be str, not {type(mode).__name__}")
    if not isinstance(buffering, int):
        raise TypeError(f"'{type(buffering).__name__}' object cannot be interpreted as an integer")
    if encoding is not None and not isinstance(encoding, str):
        raise TypeError(f"open() argument 'encoding' must be str or None, not {type(encoding).__name__}")
    if errors is not None and not isinstance(errors, str):
        raise TypeError(f"open() argument 'errors' must be str or None, not {type(errors).__name__}")
    modes = set(mode)
    if modes - set("axrwb+t") or len(mode) > len(modes):
        raise ValueError(f"invalid mode: {mode!r}")
    creating = "x" in modes
    reading = "r" in modes
    writing = "w" in modes
    appending = "a" in modes
    updating = "+" in modes
    text = "t" in modes
    binary = "b" in modes
    if text and binary:
        raise ValueError("can't have text and binary mode at once")
    if creating + reading + writing + appending > 1:
        raise ValueError("must have exactly one of create/read/write/append mode")
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise ValueError("binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    if binary and buffering == 1:
        import warnings
        warnings.warn("line buffering (buffering=1) isn't supported in binary mode, "
                      "the default buffer size will be used", RuntimeWarning, 2)
    if not binary:
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f"open() argument 'newline' must be str or None, not {type(newline).__name__}")
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError(f"illegal newline value: {newline}")
        if encoding is not None and encoding != "locale":
            _lookup_encoding(encoding)
    raw = FileIO(file,
                 (creating and "x" or "") + (reading and "r" or "") + (writing and "w" or "")
                 + (appending and "a" or "") + (updating and "+" or ""),
                 closefd, opener=opener)
    result = raw
    try:
        line_buffering = False
        if buffering == 1 or buffering < 0 and raw.isatty():
            buffering = -1
            line_buffering = True
        if buffering < 0:
            buffering = DEFAULT_BUFFER_SIZE
        if buffering == 0:
            if binary:
                return result
            raise ValueError("can't have unbuffered text I/O")
        if updating:
            buffer = BufferedRandom(raw, buffering)
        elif creating or writing or appending:
            buffer = BufferedWriter(raw, buffering)
        elif reading:
            buffer = BufferedReader(raw, buffering)
        else:
            raise ValueError(f"unknown mode: {mode!r}")
        result = buffer
        if binary:
            return result
        text_io = TextIOWrapper(buffer, encoding, errors, newline, line_buffering)
        result = text_io
        text_io.mode = mode
        return result
    except BaseException:
        result.close()
        raise


def open_code(path):
    """Opens the provided file with the intent to import the contents."""
    if not isinstance(path, str):
        raise TypeError(f"open_code() argument 'path' must be str, not {type(path).__name__}")
    return open(path, "rb")


OpenWrapper = open


# ---- the runtime's standard streams --------------------------------------------------------------

def _register_std_streams():
    import sys
    for s in (sys.__stdout__, sys.__stderr__, sys.__stdin__):
        t = type(s)
        if t is not TextIOWrapper and not any(f is t for f, _ in _registered):
            TextIOWrapper.register(t)
        try:
            b = type(s.buffer)
        except AttributeError:
            continue
        if b is not BufferedWriter and not any(f is b for f, _ in _registered):
            BufferedWriter.register(b)


try:
    _register_std_streams()
except Exception:
    pass

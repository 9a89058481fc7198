"""Create portable serialized representations of Python objects.

See module copyreg for a mechanism for registering custom picklers.
See module pickletools source for extensive comments.

Classes:

    Pickler
    Unpickler

Functions:

    dump(object, file)
    dumps(object) -> string
    load(file) -> object
    loads(bytes) -> object

Misc variables:

    __version__
    format_version
    compatible_formats

"""

# pyframe: native frames: *
# (CPython pickles with its C _pickle module: no pickle.py frames in tracebacks)

# pyframe's pickle: one implementation (the names CPython splits between the C accelerator
# _pickle and the pure-Python classes, Pickler and _Pickler, dumps and _dumps ..., are the same
# objects here).  It writes the bytes CPython's C pickler writes, opcode for opcode: the same
# choice of opcodes for each type and protocol, the same memo numbering, list/dict batches of
# 1000 (batch_list_exact/batch_dict_exact for exact lists and dicts), the same framing of
# protocol 4+ (frames closed once they reach 64 KiB, at object boundaries; frames under 4
# bytes written without a header; payloads of 64 KiB or more written outside frames), and the
# Python 2 names of protocols 0-2 (_compat_pickle).  Error types and messages are the C
# pickler's; the exception classes report the module '_pickle', as CPython's do.

import sys
import copyreg
from copyreg import dispatch_table, _extension_registry, _inverted_registry, _extension_cache
from struct import pack, unpack

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler",
           "Unpickler", "dump", "dumps", "load", "loads", "PickleBuffer",
           "ADDITEMS", "APPEND", "APPENDS", "BINBYTES", "BINBYTES8", "BINFLOAT",
           "BINGET", "BININT", "BININT1", "BININT2", "BINPERSID", "BINPUT",
           "BINSTRING", "BINUNICODE", "BINUNICODE8", "BUILD", "BYTEARRAY8",
           "DEFAULT_PROTOCOL", "DICT", "DUP", "EMPTY_DICT", "EMPTY_LIST",
           "EMPTY_SET", "EMPTY_TUPLE", "EXT1", "EXT2", "EXT4", "FALSE", "FLOAT",
           "FRAME", "FROZENSET", "GET", "GLOBAL", "HIGHEST_PROTOCOL", "INST",
           "INT", "LIST", "LONG", "LONG1", "LONG4", "LONG_BINGET", "LONG_BINPUT",
           "MARK", "MEMOIZE", "NEWFALSE", "NEWOBJ", "NEWOBJ_EX", "NEWTRUE",
           "NEXT_BUFFER", "NONE", "OBJ", "PERSID", "POP", "POP_MARK", "PROTO",
           "PUT", "READONLY_BUFFER", "REDUCE", "SETITEM", "SETITEMS",
           "SHORT_BINBYTES", "SHORT_BINSTRING", "SHORT_BINUNICODE",
           "STACK_GLOBAL", "STOP", "STRING", "TRUE", "TUPLE", "TUPLE1", "TUPLE2",
           "TUPLE3", "UNICODE"]

bytes_types = (bytes, bytearray)

format_version = "4.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4


class PickleError(Exception):
    """A common base class for the other pickling exceptions."""
    pass


class PicklingError(PickleError):
    """This exception is raised when an unpicklable object is passed to the
    dump() method.

    """
    pass


class UnpicklingError(PickleError):
    """This exception is raised when there is a problem unpickling an object,
    such as a security violation.

    Note that other exceptions may also be raised during unpickling, including
    (but not necessarily limited to) AttributeError, EOFError, ImportError,
    and IndexError.

    """
    pass


# CPython's pickle exports the C accelerator's classes
for _cls in (PickleError, PicklingError, UnpicklingError):
    _cls.__module__ = "_pickle"
del _cls


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


# ---- opcodes ---------------------------------------------------------------------------------

MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
FLOAT = b'F'
INT = b'I'
BININT = b'J'
BININT1 = b'K'
LONG = b'L'
BININT2 = b'M'
NONE = b'N'
PERSID = b'P'
BINPERSID = b'Q'
REDUCE = b'R'
STRING = b'S'
BINSTRING = b'T'
SHORT_BINSTRING = b'U'
UNICODE = b'V'
BINUNICODE = b'X'
APPEND = b'a'
BUILD = b'b'
GLOBAL = b'c'
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
INST = b'i'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'

TRUE = b'I01\n'
FALSE = b'I00\n'

# protocol 2
PROTO = b'\x80'
NEWOBJ = b'\x81'
EXT1 = b'\x82'
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'

_tuplesize2code = [EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3]

# protocol 3
BINBYTES = b'B'
SHORT_BINBYTES = b'C'

# protocol 4
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'

# protocol 5
BYTEARRAY8 = b'\x96'
NEXT_BUFFER = b'\x97'
READONLY_BUFFER = b'\x98'

_BATCHSIZE = 1000
_FRAME_SIZE_MIN = 4
_FRAME_SIZE_TARGET = 64 * 1024


# ---- PickleBuffer (PEP 574) ------------------------------------------------------------------

class PickleBuffer:
    """Wrapper for potentially out-of-band buffers"""

    __slots__ = ("_view",)

    def __init__(self, buffer):
        self._view = memoryview(buffer)

    def raw(self):
        """Return a memoryview of the raw memory underlying this buffer.
Will raise BufferError is the buffer isn't contiguous."""
        if self._view is None:
            raise ValueError("operation forbidden on released PickleBuffer object")
        return self._view.cast('B')

    def release(self):
        """Release the underlying buffer exposed by the PickleBuffer object."""
        if self._view is not None:
            self._view.release()
            self._view = None

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle 'pickle.PickleBuffer' object")


PickleBuffer.__module__ = "pickle"


# ---- helpers ---------------------------------------------------------------------------------

def encode_long(x):
    r"""Encode a long to a two's complement little-endian binary string.
    Note that 0 is a special case, returning an empty string, to save a
    byte in the LONG1 pickling context.

    >>> encode_long(0)
    b''
    >>> encode_long(255)
    b'\xff\x00'
    >>> encode_long(32767)
    b'\xff\x7f'
    >>> encode_long(-256)
    b'\x00\xff'
    >>> encode_long(-32768)
    b'\x00\x80'
    >>> encode_long(-128)
    b'\x80'
    >>> encode_long(127)
    b'\x7f'
    >>>
    """
    if x == 0:
        return b''
    nbytes = (x.bit_length() >> 3) + 1
    result = x.to_bytes(nbytes, byteorder='little', signed=True)
    if x < 0 and nbytes > 1:
        if result[-1] == 0xff and (result[-2] & 0x80) != 0:
            result = result[:-1]
    return result


def decode_long(data):
    r"""Decode a long from a two's complement little-endian binary string.

    >>> decode_long(b'')
    0
    >>> decode_long(b"\xff\x00")
    255
    >>> decode_long(b"\xff\x7f")
    32767
    >>> decode_long(b"\x00\xff")
    -256
    >>> decode_long(b"\x00\x80")
    -32768
    >>> decode_long(b"\x80")
    -128
    >>> decode_long(b"\x7f")
    127
    """
    return int.from_bytes(data, byteorder='little', signed=True)


def _getattribute(obj, name):
    """Follow a dotted name from obj: returns (the object, its parent)."""
    for subpath in name.split('.'):
        if subpath == '<locals>':
            raise AttributeError("Can't get local attribute {!r} on {!r}"
                                 .format(name, obj))
        try:
            parent = obj
            obj = getattr(obj, subpath)
        except AttributeError:
            raise AttributeError("Can't get attribute {!r} on {!r}"
                                 .format(name, obj)) from None
    return obj, parent


def whichmodule(obj, name):
    """Find the module an object belong to."""
    module_name = getattr(obj, '__module__', None)
    if module_name is not None:
        return module_name
    for module_name, module in sys.modules.copy().items():
        if (module_name == '__main__'
                or module_name == '__mp_main__'
                or module is None):
            continue
        try:
            if _getattribute(module, name)[0] is obj:
                return module_name
        except AttributeError:
            pass
    return '__main__'


def _raw_unicode_escape(s):
    # protocol 0 UNICODE argument: raw-unicode-escape, plus escapes for the characters that
    # would break the line-oriented opcode (backslash, NUL, newlines, ^Z)
    s = (s.replace("\\", "\\u005c").replace("\0", "\\u0000").replace("\n", "\\u000a")
         .replace("\r", "\\u000d").replace("\x1a", "\\u001a"))
    return s.encode('raw-unicode-escape')


def _type_name(obj):
    t = type(obj)
    m = t.__module__
    if m == 'builtins' or not isinstance(m, str):
        return t.__qualname__
    return m + '.' + t.__qualname__


# ---- Pickler ---------------------------------------------------------------------------------

_NO_FILE = object()


class _MemoProxy:
    """The memo of a Pickler or Unpickler as Python code sees it."""

    def __init__(self, owner):
        self._owner = owner

    def clear(self):
        """Remove all items from memo."""
        self._owner._memo_clear()

    def copy(self):
        """Copy the memo to a new object."""
        return self._owner._memo_copy()

    def __reduce__(self):
        return dict, (self.copy(),)


class Pickler:
    """This takes a binary file for writing a pickle data stream.

    The optional *protocol* argument tells the pickler to use the given
    protocol; supported protocols are 0, 1, 2, 3, 4 and 5.  The default
    protocol is 4. It was introduced in Python 3.4, and is incompatible
    with previous versions.

    Specifying a negative protocol version selects the highest protocol
    version supported.  The higher the protocol used, the more recent the
    version of Python needed to read the pickle produced.

    The *file* argument must have a write() method that accepts a single
    bytes argument. It can thus be a file object opened for binary
    writing, an io.BytesIO instance, or any other custom object that meets
    this interface.

    If *fix_imports* is True and protocol is less than 3, pickle will try
    to map the new Python 3 names to the old module names used in Python
    2, so that the pickle data stream is readable with Python 2.

    If *buffer_callback* is None (the default), buffer views are
    serialized into *file* as part of the pickle stream.

    If *buffer_callback* is not None, then it can be called any number
    of times with a buffer view.  If the callback returns a false value
    (such as None), the given buffer is out-of-band; otherwise the
    buffer is serialized in-band, i.e. inside the pickle stream.

    It is an error if *buffer_callback* is not None and *protocol*
    is None or smaller than 5.
    """

    def __init__(self, file, protocol=None, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if not isinstance(protocol, int):
            from operator import index
            protocol = index(protocol)
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif protocol > HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if file is _NO_FILE:
            self._file_write = None
        else:
            try:
                self._file_write = file.write
            except AttributeError:
                raise TypeError("file must have a 'write' attribute") from None
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        self._buffer_callback = buffer_callback
        self.proto = protocol
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = fix_imports and protocol < 3
        self._memo = {}
        self._out = []
        self._frame = None
        self._framing = False

    # the memo: id(obj) -> (index, obj)
    @property
    def memo(self):
        return _MemoProxy(self)

    @memo.setter
    def memo(self, value):
        if isinstance(value, _MemoProxy):
            value = value.copy()
        if not isinstance(value, dict):
            raise TypeError("'memo' attribute must be a PicklerMemoProxy object or dict, not "
                            + type(value).__name__)
        memo = {}
        for key, entry in value.items():
            if not (isinstance(entry, tuple) and len(entry) == 2 and isinstance(entry[0], int)):
                raise TypeError("'memo' values must be 2-item tuples")
            memo[key] = entry
        self._memo = memo

    def _memo_clear(self):
        self._memo.clear()

    def _memo_copy(self):
        return dict(self._memo)

    def clear_memo(self):
        """Clears the pickler's "memo".

        The memo is the data structure that remembers which objects the
        pickler has already seen, so that shared or recursive objects are
        pickled by reference and not by value.  This method is useful when
        re-using picklers.
        """
        self._memo.clear()

    def dump(self, obj):
        """Write a pickled representation of the given object to the open file."""
        if self._file_write is None:
            raise PicklingError("Pickler.__init__() was not called by %s.__init__()"
                                % type(self).__name__)
        self._pers_func = getattr(self, "persistent_id", None)
        self._reducer_override = getattr(self, "reducer_override", None)
        self._dispatch_table = getattr(self, "dispatch_table", None)
        self._out = []
        self._frame = None
        if self.proto >= 2:
            self._out.append(PROTO + bytes((self.proto,)))
        self._framing = self.proto >= 4
        try:
            self.save(obj)
            self.write(STOP)
            self._commit_frame()
        finally:
            self._framing = False
            self._frame = None
        data = b''.join(self._out)
        self._out = []
        self._file_write(data)

    # -- output ---------------------------------------------------------------------------

    def write(self, data):
        if self._framing:
            frame = self._frame
            if frame is None:
                self._frame = frame = bytearray()
            frame += data
        else:
            self._out.append(data)

    def _commit_frame(self):
        frame = self._frame
        if frame is None:
            return
        self._frame = None
        if len(frame) >= _FRAME_SIZE_MIN:
            self._out.append(FRAME + pack("<Q", len(frame)))
        self._out.append(bytes(frame))

    def _write_large(self, header, payload):
        """A header and a payload: payloads of 64 KiB or more go outside frames."""
        if self._framing and len(payload) >= _FRAME_SIZE_TARGET:
            self._commit_frame()
            self._out.append(header)
            self._out.append(bytes(payload))
        else:
            self.write(header)
            self.write(payload)

    # -- the memo -------------------------------------------------------------------------

    def memoize(self, obj):
        """Store an object in the memo."""
        if self.fast:
            return
        idx = len(self._memo)
        # str values are keyed by value: pyframe's strs have no identity of their own
        self._memo[obj if type(obj) is str else id(obj)] = idx, obj
        self.write(self.put(idx))

    def put(self, idx):
        if self.proto >= 4:
            return MEMOIZE
        elif self.bin:
            if idx < 256:
                return BINPUT + bytes((idx,))
            else:
                return LONG_BINPUT + pack("<I", idx)
        else:
            return PUT + repr(idx).encode("ascii") + b'\n'

    def get(self, i):
        if self.bin:
            if i < 256:
                return BINGET + bytes((i,))
            else:
                return LONG_BINGET + pack("<I", i)
        return GET + repr(i).encode("ascii") + b'\n'

    # -- save -----------------------------------------------------------------------------

    def save(self, obj, save_persistent_id=True):
        # an opcode boundary: a frame that reached the target size is closed here
        frame = self._frame
        if frame is not None and len(frame) >= _FRAME_SIZE_TARGET:
            self._commit_frame()
        if save_persistent_id and self._pers_func is not None:
            pid = self._pers_func(obj)
            if pid is not None:
                self.save_pers(pid)
                return
        t = type(obj)
        if obj is None:
            self.write(NONE)
        elif t is bool:
            if self.proto >= 2:
                self.write(NEWTRUE if obj else NEWFALSE)
            else:
                self.write(TRUE if obj else FALSE)
        elif t is int:
            self.save_long(obj)
        elif t is float:
            self.save_float(obj)
        else:
            x = self._memo.get(obj if t is str else id(obj))
            if x is not None:
                self.write(self.get(x[0]))
            else:
                f = self._dispatch.get(t)
                if f is not None:
                    f(self, obj)
                else:
                    self._save_other(obj, t)

    def _save_other(self, obj, t):
        reduce = self._reducer_override
        if reduce is not None:
            rv = reduce(obj)
            if rv is not NotImplemented:
                self._save_reduce_value(obj, rv)
                return
        if t is type:
            self.save_type(obj)
            return
        if t is _FunctionType:
            self.save_global(obj)
            return
        table = self._dispatch_table
        if table is None:
            reduce = dispatch_table.get(t)
        else:
            try:
                reduce = table[t]
            except KeyError:
                reduce = None
        if reduce is not None:
            rv = reduce(obj)
        elif issubclass(t, type):
            self.save_global(obj)
            return
        else:
            reduce = getattr(obj, "__reduce_ex__", None)
            if reduce is not None:
                rv = reduce(self.proto)
            else:
                reduce = getattr(obj, "__reduce__", None)
                if reduce is not None:
                    rv = reduce()
                else:
                    raise PicklingError("can't pickle '%s' object" % _type_name(obj))
        self._save_reduce_value(obj, rv)

    def _save_reduce_value(self, obj, rv):
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("__reduce__ must return a string or tuple")
        if not 2 <= len(rv) <= 6:
            raise PicklingError("tuple returned by __reduce__ must contain 2 through 6 elements")
        self.save_reduce(*rv, obj=obj)

    def save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self.write(BINPERSID)
        else:
            s = str(pid)
            if not s.isascii():
                raise PicklingError("persistent IDs in protocol 0 must be ASCII strings")
            self.write(PERSID + s.encode("ascii") + b'\n')

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None,
                    state_setter=None, *, obj=None):
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by __reduce__ must be a tuple")
        if not callable(func):
            raise PicklingError("first item of the tuple returned by __reduce__ must be callable")
        if listitems is not None and not hasattr(type(listitems), '__next__'):
            raise PicklingError("fourth element of the tuple returned by __reduce__ must be an "
                                "iterator, not %s" % type(listitems).__name__)
        if dictitems is not None and not hasattr(type(dictitems), '__next__'):
            raise PicklingError("fifth element of the tuple returned by __reduce__ must be an "
                                "iterator, not %s" % type(dictitems).__name__)
        if state_setter is not None and not callable(state_setter):
            raise PicklingError("sixth element of the tuple returned by __reduce__ must be a "
                                "function, not %s" % type(state_setter).__name__)
        save = self.save
        write = self.write
        func_name = getattr(func, "__name__", "") if self.proto >= 2 else ""
        if func_name == "__newobj_ex__":
            if len(args) != 3:
                raise PicklingError("length of the NEWOBJ_EX argument tuple must be exactly 3, "
                                    "not %d" % len(args))
            cls, args, kwargs = args
            if not isinstance(cls, type):
                raise PicklingError("first item from NEWOBJ_EX argument tuple must be a class, "
                                    "not %s" % type(cls).__name__)
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("first item from NEWOBJ_EX argument tuple must be %r, "
                                    "not %r" % (obj.__class__, cls))
            if not isinstance(args, tuple):
                raise PicklingError("second item from NEWOBJ_EX argument tuple must be a "
                                    "tuple, not %s" % type(args).__name__)
            if not isinstance(kwargs, dict):
                raise PicklingError("third item from NEWOBJ_EX argument tuple must be a dict, "
                                    "not %s" % type(kwargs).__name__)
            if self.proto >= 4:
                save(cls)
                save(args)
                save(kwargs)
                write(NEWOBJ_EX)
            else:
                import functools
                func = functools.partial(cls.__new__, cls, *args, **kwargs)
                save(func)
                save(())
                write(REDUCE)
        elif func_name == "__newobj__":
            if len(args) < 1:
                raise PicklingError("__newobj__ arglist is empty")
            cls = args[0]
            if not isinstance(cls, type):
                raise PicklingError("args[0] from __newobj__ args is not a type")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            save(cls)
            save(args[1:])
            write(NEWOBJ)
        else:
            save(func)
            save(args)
            write(REDUCE)

        if obj is not None:
            # recursive: obj was memoized while its arguments were saved
            x = self._memo.get(id(obj))
            if x is not None:
                write(POP + self.get(x[0]))
                return
            self.memoize(obj)

        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                save(state)
                write(BUILD)
            else:
                save(state_setter)
                save(obj)
                save(state)
                write(TUPLE2)
                write(REDUCE)
                write(POP)

    # -- atomic types ---------------------------------------------------------------------

    def save_long(self, obj):
        if -0x80000000 <= obj <= 0x7fffffff:
            if self.bin:
                if 0 <= obj <= 0xff:
                    self.write(BININT1 + bytes((obj,)))
                elif 0 <= obj <= 0xffff:
                    self.write(BININT2 + pack("<H", obj))
                else:
                    self.write(BININT + pack("<i", obj))
            else:
                self.write(INT + repr(obj).encode("ascii") + b'\n')
            return
        if self.proto >= 2:
            encoded = encode_long(obj)
            n = len(encoded)
            if n < 256:
                self.write(LONG1 + bytes((n,)) + encoded)
            else:
                self.write(LONG4 + pack("<i", n) + encoded)
            return
        self.write(LONG + repr(obj).encode("ascii") + b'L\n')

    def save_float(self, obj):
        if self.bin:
            self.write(BINFLOAT + pack('>d', obj))
        else:
            self.write(FLOAT + repr(obj).encode("ascii") + b'\n')

    def save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                self.save_reduce(_codecs_encode, (str(obj, 'latin1'), 'latin1'), obj=obj)
            return
        n = len(obj)
        if n <= 0xff:
            self._write_large(SHORT_BINBYTES + bytes((n,)), obj)
        elif n > 0xffffffff and self.proto >= 4:
            self._write_large(BINBYTES8 + pack("<Q", n), obj)
        else:
            self._write_large(BINBYTES + pack("<I", n), obj)
        self.memoize(obj)

    def save_bytearray(self, obj):
        if self.proto < 5:
            if not obj:
                self.save_reduce(bytearray, (), obj=obj)
            else:
                self.save_reduce(bytearray, (bytes(obj),), obj=obj)
            return
        self._write_large(BYTEARRAY8 + pack("<Q", len(obj)), obj)
        self.memoize(obj)

    def save_picklebuffer(self, obj):
        if self.proto < 5:
            raise PicklingError("PickleBuffer can only pickled with protocol >= 5")
        with obj.raw() as m:
            in_band = True
            if self._buffer_callback is not None:
                in_band = bool(self._buffer_callback(obj))
            if in_band:
                if m.readonly:
                    self.save_bytes(m.tobytes())
                else:
                    self.save_bytearray(bytearray(m.tobytes()))
            else:
                self.write(NEXT_BUFFER)
                if m.readonly:
                    self.write(READONLY_BUFFER)

    def save_str(self, obj):
        if self.bin:
            encoded = obj.encode('utf-8', 'surrogatepass')
            n = len(encoded)
            if n <= 0xff and self.proto >= 4:
                self._write_large(SHORT_BINUNICODE + bytes((n,)), encoded)
            elif n > 0xffffffff and self.proto >= 4:
                self._write_large(BINUNICODE8 + pack("<Q", n), encoded)
            elif n > 0xffffffff:
                raise PicklingError("cannot serialize a string larger than 4GiB")
            else:
                self._write_large(BINUNICODE + pack("<I", n), encoded)
        else:
            self.write(UNICODE + _raw_unicode_escape(obj) + b'\n')
        self.memoize(obj)

    # -- containers -----------------------------------------------------------------------

    def save_tuple(self, obj):
        n = len(obj)
        if not n:
            self.write(EMPTY_TUPLE if self.bin else MARK + TUPLE)
            return
        save = self.save
        memo = self._memo
        if n <= 3 and self.proto >= 2:
            for element in obj:
                save(element)
            x = memo.get(id(obj))
            if x is not None:
                # recursive tuple: drop the elements and fetch it from the memo
                self.write(POP * n + self.get(x[0]))
            else:
                self.write(_tuplesize2code[n])
                self.memoize(obj)
            return
        write = self.write
        write(MARK)
        for element in obj:
            save(element)
        x = memo.get(id(obj))
        if x is not None:
            if self.bin:
                write(POP_MARK + self.get(x[0]))
            else:
                write(POP * (n + 1) + self.get(x[0]))
            return
        write(TUPLE)
        self.memoize(obj)

    def save_list(self, obj):
        if self.bin:
            self.write(EMPTY_LIST)
        else:
            self.write(MARK + LIST)
        self.memoize(obj)
        if len(obj):
            if type(obj) is list and self.proto > 0:
                self._batch_appends_exact(obj)
            else:
                self._batch_appends(iter(obj))

    def _batch_appends_exact(self, items):
        # batch_list_exact: a single item is APPENDed, longer lists go in MARK ... APPENDS
        # batches of 1000 (a last batch of one item included)
        save = self.save
        write = self.write
        if len(items) == 1:
            save(items[0])
            write(APPEND)
            return
        total = 0
        while total < len(items):
            write(MARK)
            this_batch = 0
            while total < len(items):
                save(items[total])
                total += 1
                this_batch += 1
                if this_batch == _BATCHSIZE:
                    break
            write(APPENDS)

    def _batch_appends(self, items):
        save = self.save
        write = self.write
        if not self.bin:
            for x in items:
                save(x)
                write(APPEND)
            return
        it = iter(items)
        while True:
            try:
                first = next(it)
            except StopIteration:
                return
            try:
                second = next(it)
            except StopIteration:
                save(first)
                write(APPEND)
                return
            write(MARK)
            save(first)
            n = 1
            item = second
            while True:
                save(item)
                n += 1
                if n == _BATCHSIZE:
                    break
                try:
                    item = next(it)
                except StopIteration:
                    break
            write(APPENDS)
            if n != _BATCHSIZE:
                return

    def save_dict(self, obj):
        if self.bin:
            self.write(EMPTY_DICT)
        else:
            self.write(MARK + DICT)
        self.memoize(obj)
        if len(obj):
            if type(obj) is dict and self.proto > 0:
                self._batch_setitems_exact(obj)
            else:
                self._batch_setitems(iter(obj.items()))

    def _batch_setitems_exact(self, obj):
        save = self.save
        write = self.write
        size = len(obj)
        if size == 1:
            for k, v in obj.items():
                save(k)
                save(v)
            write(SETITEM)
            return
        it = iter(list(obj.items()))
        done = False
        while not done:
            write(MARK)
            i = 0
            for k, v in it:
                save(k)
                save(v)
                if len(obj) != size:
                    raise RuntimeError("dictionary changed size during iteration")
                i += 1
                if i == _BATCHSIZE:
                    break
            else:
                done = True
            write(SETITEMS)
            if i < _BATCHSIZE:
                done = True

    def _batch_setitems(self, items):
        save = self.save
        write = self.write
        if not self.bin:
            for item in items:
                k, v = self._pair(item)
                save(k)
                save(v)
                write(SETITEM)
            return
        it = iter(items)
        while True:
            try:
                first = next(it)
            except StopIteration:
                return
            k, v = self._pair(first)
            try:
                second = next(it)
            except StopIteration:
                save(k)
                save(v)
                write(SETITEM)
                return
            write(MARK)
            save(k)
            save(v)
            n = 1
            item = second
            while True:
                k, v = self._pair(item)
                save(k)
                save(v)
                n += 1
                if n == _BATCHSIZE:
                    break
                try:
                    item = next(it)
                except StopIteration:
                    break
            write(SETITEMS)
            if n != _BATCHSIZE:
                return

    @staticmethod
    def _pair(item):
        if not isinstance(item, tuple) or len(item) != 2:
            raise TypeError("dict items iterator must return 2-tuples")
        return item

    def save_set(self, obj):
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        write = self.write
        save = self.save
        write(EMPTY_SET)
        self.memoize(obj)
        size = len(obj)
        if not size:
            return
        items = list(obj)
        i = 0
        while True:
            write(MARK)
            batch = items[i:i + _BATCHSIZE]
            for item in batch:
                save(item)
            write(ADDITEMS)
            if len(obj) != size:
                raise RuntimeError("set changed size during iteration")
            i += len(batch)
            if len(batch) < _BATCHSIZE or i >= len(items):
                break

    def save_frozenset(self, obj):
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        write = self.write
        write(MARK)
        for item in obj:
            self.save(item)
        x = self._memo.get(id(obj))
        if x is not None:
            write(POP_MARK + self.get(x[0]))
            return
        write(FROZENSET)
        self.memoize(obj)

    # -- globals --------------------------------------------------------------------------

    def save_type(self, obj):
        if obj is type(None):
            return self.save_reduce(type, (None,), obj=obj)
        elif obj is type(NotImplemented):
            return self.save_reduce(type, (NotImplemented,), obj=obj)
        elif obj is type(...):
            return self.save_reduce(type, (...,), obj=obj)
        return self.save_global(obj)

    def save_global(self, obj, name=None):
        write = self.write
        if name is None:
            name = getattr(obj, '__qualname__', None)
            if name is None:
                name = obj.__name__
        if not isinstance(name, str):
            raise TypeError("attribute name must be string, not '%s'" % type(name).__name__)
        dotted = name.split('.')
        if '<locals>' in dotted:
            raise AttributeError("Can't pickle local object %r" % name)
        module_name = whichmodule(obj, name)
        try:
            __import__(module_name, level=0)
            module = sys.modules[module_name]
        except (ImportError, KeyError, ValueError) as exc:
            raise PicklingError("Can't pickle %r: import of module %r failed"
                                % (obj, module_name)) from exc
        try:
            parent = module
            obj2 = module
            for part in dotted:
                parent = obj2
                obj2 = getattr(obj2, part)
        except AttributeError:
            raise PicklingError("Can't pickle %r: attribute lookup %s on %s failed"
                                % (obj, name, module_name)) from None
        if obj2 is not obj:
            raise PicklingError("Can't pickle %r: it's not the same object as %s.%s"
                                % (obj, module_name, name))
        lastname = dotted[-1]

        if self.proto >= 2:
            code = _extension_registry.get((module_name, name))
            if code:
                if not 0 < code <= 0x7fffffff:
                    raise PicklingError("Can't pickle %r: extension code %d is out of range"
                                        % (obj, code))
                if code <= 0xff:
                    write(EXT1 + bytes((code,)))
                elif code <= 0xffff:
                    write(EXT2 + pack("<H", code))
                else:
                    write(EXT4 + pack("<i", code))
                return
        if parent is module:
            name = lastname
        if self.proto >= 4:
            self.save(module_name, save_persistent_id=False)
            self.save(name, save_persistent_id=False)
            write(STACK_GLOBAL)
        elif parent is not module:
            self.save_reduce(getattr, (parent, lastname))
        else:
            if self.fix_imports:
                import _compat_pickle
                r_name_mapping = _compat_pickle.REVERSE_NAME_MAPPING
                r_import_mapping = _compat_pickle.REVERSE_IMPORT_MAPPING
                if (module_name, name) in r_name_mapping:
                    module_name, name = r_name_mapping[(module_name, name)]
                elif module_name in r_import_mapping:
                    module_name = r_import_mapping[module_name]
            encoding = "utf-8" if self.proto >= 3 else "ascii"
            try:
                line = (bytes(module_name, encoding) + b'\n' + bytes(name, encoding) + b'\n')
            except UnicodeEncodeError:
                raise PicklingError("can't pickle module identifier '%s' using pickle "
                                    "protocol %i" % (module_name if not module_name.isascii()
                                                     else name, self.proto)) from None
            write(GLOBAL + line)
        self.memoize(obj)

    _dispatch = {}


# protocols 0-2 write bytes as _codecs.encode(str, 'latin1'), as CPython does
from _codecs import encode as _codecs_encode
_FunctionType = type(whichmodule)

Pickler._dispatch = {
    bytes: Pickler.save_bytes,
    str: Pickler.save_str,
    dict: Pickler.save_dict,
    set: Pickler.save_set,
    frozenset: Pickler.save_frozenset,
    list: Pickler.save_list,
    tuple: Pickler.save_tuple,
    bytearray: Pickler.save_bytearray,
    PickleBuffer: Pickler.save_picklebuffer,
}


# ---- Unpickler -------------------------------------------------------------------------------

class _BytesReader:
    """Input from a bytes-like object."""

    __slots__ = ("data", "pos")

    def __init__(self, data):
        self.data = data
        self.pos = 0

    def read(self, n):
        pos = self.pos
        end = pos + n
        data = self.data
        if end > len(data):
            self.pos = len(data)
            return data[pos:]
        self.pos = end
        return data[pos:end]

    def readline(self):
        data = self.data
        pos = self.pos
        i = data.find(b'\n', pos)
        end = len(data) if i < 0 else i + 1
        self.pos = end
        return data[pos:end]

    def readinto(self, buf):
        chunk = self.read(len(buf))
        buf[:len(chunk)] = chunk
        return len(chunk)


class _FileReader:
    """Input from a file, with the current frame (protocol 4+) held in memory."""

    def __init__(self, read, readline, readinto):
        self.file_read = read
        self.file_readline = readline
        self.file_readinto = readinto
        self.frame = None

    def read(self, n):
        frame = self.frame
        if frame is not None:
            data = frame.read(n)
            if not data and n != 0:
                self.frame = None
                return self.file_read(n)
            if len(data) < n:
                raise UnpicklingError("pickle exhausted before end of frame")
            return data
        return self.file_read(n)

    def readline(self):
        frame = self.frame
        if frame is not None:
            data = frame.readline()
            if not data:
                self.frame = None
                return self.file_readline()
            if data[-1] != 10:
                raise UnpicklingError("pickle exhausted before end of frame")
            return data
        return self.file_readline()

    def load_frame(self, size):
        if self.frame is not None and self.frame.pos != len(self.frame.data):
            raise UnpicklingError("beginning of a new frame before end of current frame")
        data = self.file_read(size)
        if len(data) < size:
            raise UnpicklingError("pickle data was truncated")
        self.frame = _BytesReader(data)


class Unpickler:
    """This takes a binary file for reading a pickle data stream.

    The protocol version of the pickle is detected automatically, so no
    protocol argument is needed.  Bytes past the pickled object's
    representation are ignored.

    The argument *file* must have two methods, a read() method that takes
    an integer argument, and a readline() method that requires no
    arguments.  Both methods should return bytes.  Thus *file* can be a
    binary file object opened for reading, an io.BytesIO object, or any
    other custom object that meets this interface.

    Optional keyword arguments are *fix_imports*, *encoding* and *errors*,
    which are used to control compatibility support for pickle stream
    generated by Python 2.  If *fix_imports* is True, pickle will try to
    map the old Python 2 names to the new names used in Python 3.  The
    *encoding* and *errors* tell pickle how to decode 8-bit string
    instances pickled by Python 2; these default to 'ASCII' and 'strict',
    respectively.  The *encoding* can be 'bytes' to read these 8-bit
    string instances as bytes objects.
    """

    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict",
                 buffers=None):
        if file is _NO_FILE:
            self._reader = None
        else:
            try:
                read = file.read
                readline = file.readline
            except AttributeError:
                raise TypeError("file must have 'read' and 'readline' attributes") from None
            self._reader = _FileReader(read, readline, getattr(file, "readinto", None))
        self._buffers = iter(buffers) if buffers is not None else None
        self.encoding = encoding
        self.errors = errors
        self.fix_imports = fix_imports
        self.proto = 0
        self.memo = {}
        self.stack = []
        self._marks = []

    def load(self):
        """Read a pickled object representation from the open file.

        Return the reconstituted object hierarchy specified in the file.
        """
        if self._reader is None:
            raise UnpicklingError("Unpickler.__init__() was not called by %s.__init__()"
                                  % type(self).__name__)
        self.stack = []
        self._marks = []
        self.proto = 0
        reader = self._reader
        self._read = reader.read
        self._readline = reader.readline
        read = self._read
        dispatch = self._dispatch
        try:
            while True:
                key = read(1)
                if not key:
                    raise EOFError("Ran out of input")
                f = dispatch[key[0]]
                if f is None:
                    self._bad_key(key[0])
                f(self)
        except _Stop as stopinst:
            return stopinst.value
        finally:
            self.stack = []
            self._marks = []

    def _bad_key(self, code):
        c = chr(code)
        if 0x20 <= code < 0x7f and c != "'":
            raise UnpicklingError("invalid load key, '%s'." % c)
        raise UnpicklingError("invalid load key, '\\x%02x'." % code)

    # -- reading --------------------------------------------------------------------------

    def _readn(self, n):
        data = self._read(n)
        if len(data) < n:
            raise UnpicklingError("pickle data was truncated")
        return data

    def _readline_arg(self):
        line = self._readline()
        if not line or line[-1] != 10:
            raise UnpicklingError("pickle data was truncated")
        return line[:-1]

    # -- the stack ------------------------------------------------------------------------

    def _underflow(self):
        raise UnpicklingError("unexpected MARK found" if self._marks
                              else "unpickling stack underflow")

    def _fence(self):
        marks = self._marks
        return marks[-1] if marks else 0

    def _pop(self):
        stack = self.stack
        if len(stack) <= self._fence():
            self._underflow()
        return stack.pop()

    def _top(self):
        stack = self.stack
        if len(stack) <= self._fence():
            self._underflow()
        return stack[-1]

    def pop_mark(self):
        marks = self._marks
        if not marks:
            raise UnpicklingError("could not find MARK")
        k = marks.pop()
        stack = self.stack
        items = stack[k:]
        del stack[k:]
        return items

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was encountered,\n"
                              "but no persistent_load function was specified.")

    # -- opcodes --------------------------------------------------------------------------

    def load_proto(self):
        proto = self._readn(1)[0]
        if not 0 <= proto <= HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % proto)
        self.proto = proto

    def load_frame(self):
        frame_size, = unpack('<Q', self._readn(8))
        if frame_size > sys.maxsize:
            raise ValueError("frame size > sys.maxsize: %d" % frame_size)
        self._reader.load_frame(frame_size)

    def load_persid(self):
        try:
            pid = self._readline_arg().decode("ascii")
        except UnicodeDecodeError:
            raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings") from None
        self.stack.append(self.persistent_load(pid))

    def load_binpersid(self):
        pid = self._pop()
        self.stack.append(self.persistent_load(pid))

    def load_none(self):
        self.stack.append(None)

    def load_false(self):
        self.stack.append(False)

    def load_true(self):
        self.stack.append(True)

    def load_int(self):
        data = self._readline_arg()
        if data == b'00':
            val = False
        elif data == b'01':
            val = True
        else:
            val = int(data.decode('ascii'), 0)
        self.stack.append(val)

    def load_binint(self):
        self.stack.append(unpack('<i', self._readn(4))[0])

    def load_binint1(self):
        self.stack.append(self._readn(1)[0])

    def load_binint2(self):
        self.stack.append(unpack('<H', self._readn(2))[0])

    def load_long(self):
        val = self._readline_arg()
        if val and val[-1] == 0x4c:
            val = val[:-1]
        self.stack.append(int(val.decode('ascii'), 0))

    def load_long1(self):
        n = self._readn(1)[0]
        self.stack.append(decode_long(self._readn(n)))

    def load_long4(self):
        n, = unpack('<i', self._readn(4))
        if n < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self.stack.append(decode_long(self._readn(n)))

    def load_float(self):
        self.stack.append(float(self._readline_arg()))

    def load_binfloat(self):
        self.stack.append(unpack('>d', self._readn(8))[0])

    def _decode_string(self, value):
        if self.encoding == "bytes":
            return value
        return value.decode(self.encoding, self.errors)

    def load_string(self):
        data = self._readline_arg()
        if len(data) >= 2 and data[0] == data[-1] and data[0] in b'"\'':
            data = data[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        import _codecs
        self.stack.append(self._decode_string(_codecs.escape_decode(data)[0]))

    def load_binstring(self):
        n, = unpack('<I', self._readn(4))
        if n > sys.maxsize:
            raise UnpicklingError("BINSTRING exceeds system's maximum size of %d bytes"
                                  % sys.maxsize)
        self.stack.append(self._decode_string(self._readn(n)))

    def load_short_binstring(self):
        n = self._readn(1)[0]
        self.stack.append(self._decode_string(self._readn(n)))

    def load_binbytes(self):
        n, = unpack('<I', self._readn(4))
        if n > sys.maxsize:
            raise UnpicklingError("BINBYTES exceeds system's maximum size of %d bytes"
                                  % sys.maxsize)
        self.stack.append(bytes(self._readn(n)))

    def load_short_binbytes(self):
        n = self._readn(1)[0]
        self.stack.append(bytes(self._readn(n)))

    def load_binbytes8(self):
        n, = unpack('<Q', self._readn(8))
        if n > sys.maxsize:
            raise UnpicklingError("BINBYTES8 exceeds system's maximum size of %d bytes"
                                  % sys.maxsize)
        self.stack.append(bytes(self._readn(n)))

    def load_bytearray8(self):
        n, = unpack('<Q', self._readn(8))
        if n > sys.maxsize:
            raise UnpicklingError("BYTEARRAY8 exceeds system's maximum size of %d bytes"
                                  % sys.maxsize)
        self.stack.append(bytearray(self._readn(n)))

    def load_next_buffer(self):
        if self._buffers is None:
            raise UnpicklingError("pickle stream refers to out-of-band data "
                                  "but no *buffers* argument was given")
        try:
            buf = next(self._buffers)
        except StopIteration:
            raise UnpicklingError("not enough out-of-band buffers") from None
        self.stack.append(buf)

    def load_readonly_buffer(self):
        buf = self._top()
        with memoryview(buf) as m:
            if not m.readonly:
                self.stack[-1] = m.toreadonly()

    def load_unicode(self):
        self.stack.append(self._readline_arg().decode('raw-unicode-escape'))

    def load_binunicode(self):
        n, = unpack('<I', self._readn(4))
        if n > sys.maxsize:
            raise UnpicklingError("BINUNICODE exceeds system's maximum size of %d bytes"
                                  % sys.maxsize)
        self.stack.append(str(self._readn(n), 'utf-8', 'surrogatepass'))

    def load_binunicode8(self):
        n, = unpack('<Q', self._readn(8))
        if n > sys.maxsize:
            raise UnpicklingError("BINUNICODE8 exceeds system's maximum size of %d bytes"
                                  % sys.maxsize)
        self.stack.append(str(self._readn(n), 'utf-8', 'surrogatepass'))

    def load_short_binunicode(self):
        n = self._readn(1)[0]
        self.stack.append(str(self._readn(n), 'utf-8', 'surrogatepass'))

    def load_tuple(self):
        items = self.pop_mark()
        self.stack.append(tuple(items))

    def load_empty_tuple(self):
        self.stack.append(())

    def _load_tuple_n(self, n):
        stack = self.stack
        if len(stack) - self._fence() < n:
            self._underflow()
        items = tuple(stack[-n:])
        del stack[-n:]
        stack.append(items)

    def load_tuple1(self):
        self._load_tuple_n(1)

    def load_tuple2(self):
        self._load_tuple_n(2)

    def load_tuple3(self):
        self._load_tuple_n(3)

    def load_empty_list(self):
        self.stack.append([])

    def load_empty_dictionary(self):
        self.stack.append({})

    def load_empty_set(self):
        self.stack.append(set())

    def load_frozenset(self):
        items = self.pop_mark()
        self.stack.append(frozenset(items))

    def load_list(self):
        items = self.pop_mark()
        self.stack.append(items)

    def load_dict(self):
        items = self.pop_mark()
        if len(items) % 2:
            raise UnpicklingError("odd number of items for DICT")
        d = {items[i]: items[i + 1] for i in range(0, len(items), 2)}
        self.stack.append(d)

    def _instantiate(self, klass, args):
        if not args and isinstance(klass, type) and not hasattr(klass, "__getinitargs__"):
            value = klass.__new__(klass)
        else:
            value = klass(*args)
        self.stack.append(value)

    def load_inst(self):
        module = self._readline_arg().decode("ascii")
        name = self._readline_arg().decode("ascii")
        klass = self.find_class(module, name)
        self._instantiate(klass, tuple(self.pop_mark()))

    def load_obj(self):
        args = self.pop_mark()
        if not args:
            self._underflow()
        cls = args.pop(0)
        self._instantiate(cls, tuple(args))

    def load_newobj(self):
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ class argument must be a type, not %s"
                                  % type(cls).__name__)
        if not isinstance(args, tuple):
            raise UnpicklingError("NEWOBJ args argument must be a tuple, not %s"
                                  % type(args).__name__)
        self.stack.append(cls.__new__(cls, *args))

    def load_newobj_ex(self):
        kwargs = self._pop()
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ_EX class argument must be a type, not %s"
                                  % type(cls).__name__)
        if not isinstance(args, tuple):
            raise UnpicklingError("NEWOBJ_EX args argument must be a tuple, not %s"
                                  % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise UnpicklingError("NEWOBJ_EX kwargs argument must be a dict, not %s"
                                  % type(kwargs).__name__)
        self.stack.append(cls.__new__(cls, *args, **kwargs))

    def load_global(self):
        module = self._readline_arg().decode("utf-8")
        name = self._readline_arg().decode("utf-8")
        self.stack.append(self.find_class(module, name))

    def load_stack_global(self):
        name = self._pop()
        module = self._pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self.stack.append(self.find_class(module, name))

    def load_ext1(self):
        self.get_extension(self._readn(1)[0])

    def load_ext2(self):
        self.get_extension(unpack('<H', self._readn(2))[0])

    def load_ext4(self):
        self.get_extension(unpack('<i', self._readn(4))[0])

    def get_extension(self, code):
        if code <= 0:
            raise UnpicklingError("EXT specifies code <= 0")
        obj = _extension_cache.get(code, _Stop)
        if obj is not _Stop:
            self.stack.append(obj)
            return
        key = _inverted_registry.get(code)
        if not key:
            raise ValueError("unregistered extension code %d" % code)
        if not (isinstance(key, tuple) and len(key) == 2 and isinstance(key[0], str)
                and isinstance(key[1], str)):
            raise ValueError("_inverted_registry[%d] isn't a 2-tuple of strings" % code)
        obj = self.find_class(*key)
        _extension_cache[code] = obj
        self.stack.append(obj)

    def find_class(self, module, name):
        """Return an object from a specified module.

        If necessary, the module will be imported. Subclasses may override
        this method (e.g. to restrict unpickling of arbitrary classes and
        functions).

        This method is called whenever a class or a function object is
        needed.  Both arguments passed are str objects.
        """
        audit = getattr(sys, "audit", None)
        if audit is not None:
            audit('pickle.find_class', module, name)
        if self.proto < 3 and self.fix_imports:
            import _compat_pickle
            if (module, name) in _compat_pickle.NAME_MAPPING:
                module, name = _compat_pickle.NAME_MAPPING[(module, name)]
            elif module in _compat_pickle.IMPORT_MAPPING:
                module = _compat_pickle.IMPORT_MAPPING[module]
        __import__(module, level=0)
        mod = sys.modules[module]
        if self.proto >= 4:
            return _getattribute(mod, name)[0]
        try:
            return getattr(mod, name)
        except AttributeError:
            raise AttributeError("Can't get attribute {!r} on {!r}".format(name, mod)) from None

    def load_reduce(self):
        args = self._pop()
        func = self._pop()
        if not isinstance(args, tuple):
            raise TypeError("argument list must be a tuple")
        self.stack.append(func(*args))

    def load_pop(self):
        stack = self.stack
        marks = self._marks
        if marks and marks[-1] == len(stack):
            marks.pop()
        elif len(stack) <= self._fence():
            self._underflow()
        else:
            stack.pop()

    def load_pop_mark(self):
        self.pop_mark()

    def load_dup(self):
        self.stack.append(self._top())

    def _memo_get(self, i):
        try:
            return self.memo[i]
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % i) from None

    def load_get(self):
        i = int(self._readline_arg())
        self.stack.append(self._memo_get(i))

    def load_binget(self):
        self.stack.append(self._memo_get(self._readn(1)[0]))

    def load_long_binget(self):
        i, = unpack('<I', self._readn(4))
        self.stack.append(self._memo_get(i))

    def load_put(self):
        top = self._top()
        i = int(self._readline_arg())
        if i < 0:
            raise ValueError("negative PUT argument")
        self.memo[i] = top

    def load_binput(self):
        top = self._top()
        self.memo[self._readn(1)[0]] = top

    def load_long_binput(self):
        top = self._top()
        i, = unpack('<I', self._readn(4))
        self.memo[i] = top

    def load_memoize(self):
        self.memo[len(self.memo)] = self._top()

    def load_append(self):
        value = self._pop()
        lst = self._top()
        if type(lst) is list:
            lst.append(value)
        else:
            lst.append(value)

    def load_appends(self):
        items = self.pop_mark()
        lst = self._top()
        if not items:
            return
        if type(lst) is list:
            lst.extend(items)
            return
        try:
            extend = lst.extend
        except AttributeError:
            append = lst.append
            for item in items:
                append(item)
        else:
            extend(items)

    def load_setitem(self):
        value = self._pop()
        key = self._pop()
        d = self._top()
        d[key] = value

    def load_setitems(self):
        items = self.pop_mark()
        d = self._top()
        if len(items) % 2:
            raise UnpicklingError("odd number of items for SETITEMS")
        for i in range(0, len(items), 2):
            d[items[i]] = items[i + 1]

    def load_additems(self):
        items = self.pop_mark()
        set_obj = self._top()
        if not items:
            return
        if isinstance(set_obj, set):
            set_obj.update(items)
        else:
            add = set_obj.add
            for item in items:
                add(item)

    def load_build(self):
        state = self._pop()
        inst = self._top()
        setstate = getattr(inst, "__setstate__", None)
        if setstate is not None:
            setstate(state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state is not None:
            if not isinstance(state, dict):
                raise UnpicklingError("state is not a dictionary")
            inst_dict = inst.__dict__
            intern = sys.intern
            for k, v in state.items():
                if type(k) is str:
                    inst_dict[intern(k)] = v
                else:
                    inst_dict[k] = v
        if slotstate is not None:
            if not isinstance(slotstate, dict):
                raise UnpicklingError("slot state is not a dictionary")
            for k, v in slotstate.items():
                setattr(inst, k, v)

    def load_mark(self):
        self._marks.append(len(self.stack))

    def load_stop(self):
        raise _Stop(self._pop())

    _dispatch = [None] * 256


def _build_unpickler_dispatch():
    d = Unpickler._dispatch
    U = Unpickler
    table = {
        PROTO: U.load_proto, FRAME: U.load_frame, PERSID: U.load_persid,
        BINPERSID: U.load_binpersid, NONE: U.load_none, NEWFALSE: U.load_false,
        NEWTRUE: U.load_true, INT: U.load_int, BININT: U.load_binint,
        BININT1: U.load_binint1, BININT2: U.load_binint2, LONG: U.load_long,
        LONG1: U.load_long1, LONG4: U.load_long4, FLOAT: U.load_float,
        BINFLOAT: U.load_binfloat, STRING: U.load_string, BINSTRING: U.load_binstring,
        SHORT_BINSTRING: U.load_short_binstring, BINBYTES: U.load_binbytes,
        SHORT_BINBYTES: U.load_short_binbytes, BINBYTES8: U.load_binbytes8,
        BYTEARRAY8: U.load_bytearray8, NEXT_BUFFER: U.load_next_buffer,
        READONLY_BUFFER: U.load_readonly_buffer, UNICODE: U.load_unicode,
        BINUNICODE: U.load_binunicode, BINUNICODE8: U.load_binunicode8,
        SHORT_BINUNICODE: U.load_short_binunicode, TUPLE: U.load_tuple,
        EMPTY_TUPLE: U.load_empty_tuple, TUPLE1: U.load_tuple1, TUPLE2: U.load_tuple2,
        TUPLE3: U.load_tuple3, EMPTY_LIST: U.load_empty_list,
        EMPTY_DICT: U.load_empty_dictionary, EMPTY_SET: U.load_empty_set,
        FROZENSET: U.load_frozenset, LIST: U.load_list, DICT: U.load_dict,
        INST: U.load_inst, OBJ: U.load_obj, NEWOBJ: U.load_newobj,
        NEWOBJ_EX: U.load_newobj_ex, GLOBAL: U.load_global,
        STACK_GLOBAL: U.load_stack_global, EXT1: U.load_ext1, EXT2: U.load_ext2,
        EXT4: U.load_ext4, REDUCE: U.load_reduce, POP: U.load_pop,
        POP_MARK: U.load_pop_mark, DUP: U.load_dup, GET: U.load_get,
        BINGET: U.load_binget, LONG_BINGET: U.load_long_binget, PUT: U.load_put,
        BINPUT: U.load_binput, LONG_BINPUT: U.load_long_binput, MEMOIZE: U.load_memoize,
        APPEND: U.load_append, APPENDS: U.load_appends, SETITEM: U.load_setitem,
        SETITEMS: U.load_setitems, ADDITEMS: U.load_additems, BUILD: U.load_build,
        MARK: U.load_mark, STOP: U.load_stop,
    }
    for code, f in table.items():
        d[code[0]] = f


_build_unpickler_dispatch()
del _build_unpickler_dispatch


class _BytesOut:
    __slots__ = ("data",)

    def __init__(self):
        self.data = b''

    def write(self, data):
        self.data = data
        return len(data)


# ---- shorthands ------------------------------------------------------------------------------

def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Write a pickled representation of obj to the open file object file."""
    Pickler(file, protocol, fix_imports=fix_imports,
            buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    """Return the pickled representation of the object as a bytes object."""
    out = _BytesOut()
    Pickler(out, protocol, fix_imports=fix_imports,
            buffer_callback=buffer_callback).dump(obj)
    return out.data


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    """Read and return an object from the pickle data stored in a file."""
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers,
                     encoding=encoding, errors=errors).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    """Read and return an object from the given pickle data."""
    if not isinstance(data, (bytes, bytearray)):
        try:
            data = memoryview(data).tobytes()
        except TypeError:
            raise TypeError("a bytes-like object is required, not '%s'"
                            % type(data).__name__) from None
    u = Unpickler(_NO_FILE, fix_imports=fix_imports, buffers=buffers,
                  encoding=encoding, errors=errors)
    u._reader = _FileReader(None, None, None)
    reader = _BytesReader(data)
    u._reader.file_read = reader.read
    u._reader.file_readline = reader.readline
    return u.load()


# CPython's pickle keeps the pure-Python versions under these names
_Pickler = Pickler
_Unpickler = Unpickler
_dump = dump
_dumps = dumps
_load = load
_loads = loads

Pickler.__module__ = "_pickle"
Unpickler.__module__ = "_pickle"
PickleError.__module__ = "_pickle"
PicklingError.__module__ = "_pickle"
UnpicklingError.__module__ = "_pickle"

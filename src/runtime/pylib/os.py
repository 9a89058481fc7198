"""OS routines for NT or Posix depending on what system we're on.

This exports:
  - all functions from posix
  - os.path is the posixpath module
  - os.name is 'posix'
  - os.curdir, os.pardir, os.sep, os.pathsep, os.linesep, os.defpath, os.devnull
"""

import sys
import posix
from posix import *
from posix import _exit, _have_functions

name = 'posix'
linesep = '\n'

import posixpath as path
sys.modules['os.path'] = path
from posixpath import (curdir, pardir, sep, pathsep, defpath, extsep, altsep,
                       devnull)

error = OSError
supports_bytes_environ = True
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

supports_dir_fd = set()
supports_effective_ids = set()
supports_fd = {stat, listdir, truncate}
supports_follow_symlinks = {stat}


def _get_exports_list(module):
    try:
        return list(module.__all__)
    except AttributeError:
        return [n for n in dir(module) if n[0] != '_']


__all__ = ["altsep", "curdir", "pardir", "sep", "pathsep", "linesep",
           "defpath", "name", "path", "devnull", "SEEK_SET", "SEEK_CUR",
           "SEEK_END", "fsencode", "fsdecode", "get_exec_path", "fdopen",
           "extsep", "makedirs", "removedirs", "renames", "walk", "getenv",
           "environ", "PathLike", "DirEntry", "scandir", "get_terminal_size",
           "_exit"] + _get_exports_list(posix)


# ---- paths as objects ------------------------------------------------------------------

class _PathLikeMeta(type):
    def __instancecheck__(cls, obj):
        return cls.__subclasscheck__(type(obj))

    def __subclasscheck__(cls, sub):
        if cls is not PathLike:
            return type.__subclasscheck__(cls, sub)
        if type.__subclasscheck__(cls, sub):
            return True
        return any("__fspath__" in vars(k) and vars(k)["__fspath__"] is not None
                   for k in getattr(sub, "__mro__", ()))


class PathLike(metaclass=_PathLikeMeta):
    """Abstract base class for implementing the file system path protocol."""

    __slots__ = ()

    def __fspath__(self):
        """Return the file system path representation of the object."""
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike and hasattr(subclass, '__fspath__'):
            return True
        return NotImplemented

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


def fsencode(filename):
    """Encode filename (an os.PathLike, bytes, or str) to the filesystem
    encoding with 'surrogateescape' error handler, return bytes unchanged."""
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    return filename


def fsdecode(filename):
    """Decode filename (an os.PathLike, bytes, or str) from the filesystem
    encoding with 'surrogateescape' error handler, return str unchanged."""
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    return filename


# ---- the environment ------------------------------------------------------------------

class _Environ:
    """os.environ: a mapping of the process environment; changes call putenv/unsetenv."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        if not isinstance(key, str):
            raise TypeError(f"str expected, not {type(key).__name__}")
        try:
            return self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError(f"str expected, not {type(key).__name__}")
        if not isinstance(value, str):
            raise TypeError(f"str expected, not {type(value).__name__}")
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        if not isinstance(key, str):
            raise TypeError(f"str expected, not {type(key).__name__}")
        unsetenv(key)
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return key in self._data

    def keys(self):
        return self._data.keys()

    def items(self):
        return self._data.items()

    def values(self):
        return self._data.values()

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    _MISSING = object()

    def pop(self, key, default=_MISSING):
        try:
            value = self[key]
        except KeyError:
            if default is self._MISSING:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        try:
            key = next(iter(self._data))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        for key in list(self._data):
            del self[key]

    def update(self, other=(), /, **kwds):
        if hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def copy(self):
        return dict(self._data)

    def __eq__(self, other):
        if isinstance(other, _Environ):
            return self._data == other._data
        if isinstance(other, dict):
            return self._data == other
        return NotImplemented

    __hash__ = None

    def __repr__(self):
        items = ', '.join(f'{k!r}: {v!r}' for k, v in self._data.items())
        return f'environ({{{items}}})'

    def __or__(self, other):
        if not isinstance(other, (dict, _Environ)):
            return NotImplemented
        new = dict(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, (dict, _Environ)):
            return NotImplemented
        new = dict(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


environ = _Environ(dict(posix.environ))
# os.environ is a MutableMapping; importing collections.abc just for that would double the
# cost of `import os`, so the registration happens when that module is already loaded
if '_collections_abc' in sys.modules:
    sys.modules['_collections_abc'].MutableMapping.register(_Environ)


def getenv(key, default=None):
    """Get an environment variable, return None if it doesn't exist.
    The optional second argument can specify an alternate default.
    key, default and the result are str."""
    return environ.get(key, default)


def get_exec_path(env=None):
    """Returns the sequence of directories that will be searched for the
    named executable (similar to a shell) when launching a process."""
    if env is None:
        env = environ
    value = env.get('PATH')
    if value is None:
        value = defpath
    return value.split(pathsep)


# ---- directories ------------------------------------------------------------------------

def makedirs(name, mode=0o777, exist_ok=False):
    """makedirs(name [, mode=0o777][, exist_ok=False])

    Super-mkdir; create a leaf directory and all intermediate ones."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        here = curdir
        if isinstance(tail, bytes):
            here = bytes(curdir, 'ASCII')
        if tail == here:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """removedirs(name)

    Super-rmdir; remove a leaf directory and all empty intermediate ones."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    """renames(old, new)

    Super-rename; create directories as necessary and delete any left empty."""
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


class DirEntry:
    """An entry of a directory listing returned by os.scandir()."""

    __slots__ = ('name', 'path', '_lstat', '_stat')

    def __init__(self, dirpath, name):
        self.name = name
        self.path = path.join(dirpath, name) if dirpath is not None else name
        self._lstat = None
        self._stat = None

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return f'<DirEntry {self.name!r}>'

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def _get_lstat(self):
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def stat(self, *, follow_symlinks=True):
        if not follow_symlinks:
            return self._get_lstat()
        if self._stat is None:
            if self.is_symlink():
                self._stat = stat(self.path)
            else:
                self._stat = self._get_lstat()
        return self._stat

    def inode(self):
        return self._get_lstat().st_ino

    def is_symlink(self):
        try:
            return (self._get_lstat().st_mode & 0o170000) == 0o120000
        except FileNotFoundError:
            return False

    def _kind(self, bits, follow_symlinks):
        try:
            st = self.stat(follow_symlinks=follow_symlinks)
        except FileNotFoundError:
            return False
        return (st.st_mode & 0o170000) == bits

    def is_dir(self, *, follow_symlinks=True):
        return self._kind(0o040000, follow_symlinks)

    def is_file(self, *, follow_symlinks=True):
        return self._kind(0o100000, follow_symlinks)


class _ScandirIterator:
    def __init__(self, dirpath, names):
        self._dirpath = dirpath
        self._names = iter(names)
        self._closed = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._closed:
            raise StopIteration
        for name in self._names:
            return DirEntry(self._dirpath, name)
        self._closed = True
        raise StopIteration

    def close(self):
        self._closed = True

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __del__(self):
        self._closed = True


def scandir(path=None):
    """Return an iterator of DirEntry objects for given path."""
    if path is None:
        path = curdir
        dirpath = curdir
    else:
        dirpath = fspath(path)
    return _ScandirIterator(dirpath, listdir(path))


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator: yields (dirpath, dirnames, filenames) for every
    directory under top, top-down (dirnames may be edited to prune) or bottom-up."""
    sys.audit("os.walk", top, topdown, onerror, followlinks)
    pending = [fspath(top)]
    islink, join = path.islink, path.join
    while pending:
        top = pending.pop()
        if isinstance(top, tuple):
            # bottom-up: the directory's own entry, after its subdirectories
            yield top
            continue
        dirs = []
        nondirs = []
        walk_into = []
        try:
            entries = scandir(top)
        except OSError as error:
            if onerror is not None:
                onerror(error)
            continue
        with entries:
            while True:
                try:
                    entry = next(entries)
                except StopIteration:
                    break
                except OSError as error:
                    if onerror is not None:
                        onerror(error)
                    break
                try:
                    is_dir = entry.is_dir()
                except OSError:
                    is_dir = False
                if is_dir:
                    dirs.append(entry.name)
                else:
                    nondirs.append(entry.name)
                if not topdown and is_dir:
                    if followlinks:
                        walk_into.append(entry.path)
                    else:
                        try:
                            is_symlink = entry.is_symlink()
                        except OSError:
                            is_symlink = False
                        if not is_symlink:
                            walk_into.append(entry.path)
        if topdown:
            yield top, dirs, nondirs
            for name in reversed(dirs):
                new_path = join(top, name)
                if followlinks or not islink(new_path):
                    pending.append(new_path)
        else:
            pending.append((top, dirs, nondirs))
            for new_path in reversed(walk_into):
                pending.append(new_path)


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    import io
    if "b" not in mode:
        encoding = io.text_encoding(encoding)
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)


def get_terminal_size(fd=1):
    """Return the size of the terminal window as (columns, lines)."""
    return posix.get_terminal_size(fd)


def system(command):
    raise OSError(38, "Function not implemented")

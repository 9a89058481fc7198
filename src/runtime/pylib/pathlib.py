"""Object-oriented filesystem paths.

pyframe's pathlib: pure paths (POSIX and Windows syntax) and concrete POSIX paths over
the os module.
"""

import fnmatch
import os
import re
import sys
from errno import ENOENT, ENOTDIR, EBADF, ELOOP, EINVAL
from stat import S_ISDIR, S_ISLNK, S_ISREG, S_ISSOCK, S_ISBLK, S_ISCHR, S_ISFIFO

__all__ = [
    "PurePath", "PurePosixPath", "PureWindowsPath",
    "Path", "PosixPath", "WindowsPath",
]


class _Posix:
    sep = '/'
    altsep = ''
    has_drv = False
    is_supported = True

    def casefold(self, s):
        return s

    def casefold_parts(self, parts):
        return parts

    def split_root(self, part):
        """(drive, root, rest) of one argument: POSIX keeps exactly two leading slashes."""
        if part and part[0] == '/':
            stripped = part.lstrip('/')
            if len(part) - len(stripped) == 2:
                return '', '//', stripped
            return '', '/', stripped
        return '', '', part

    def is_reserved(self, parts):
        return False


class _Windows:
    sep = '\\'
    altsep = '/'
    has_drv = True
    is_supported = (os.name == 'nt')

    def casefold(self, s):
        return s.lower()

    def casefold_parts(self, parts):
        return [p.lower() for p in parts]

    def split_root(self, part):
        part = part.replace('/', '\\')
        drv = ''
        if len(part) >= 2 and part[1] == ':' and part[0].isalpha():
            drv, part = part[:2], part[2:]
        elif part.startswith('\\\\') and not part.startswith('\\\\\\'):
            # UNC: \\server\share
            rest = part[2:]
            pieces = rest.split('\\')
            if len(pieces) >= 2 and pieces[0] and pieces[1]:
                drv = '\\\\' + pieces[0] + '\\' + pieces[1]
                part = part[len(drv):]
                if not part:
                    return drv, '\\', ''
        root = ''
        if part.startswith('\\'):
            root = '\\'
            part = part.lstrip('\\')
        return drv, root, part

    def is_reserved(self, parts):
        if not parts:
            return False
        if parts[0].startswith('\\\\'):
            return False
        name = parts[-1].partition('.')[0].partition(':')[0].rstrip(' ')
        return name.upper() in ({'CON', 'PRN', 'AUX', 'NUL', 'CONIN$', 'CONOUT$'} |
                                {'COM%s' % c for c in '123456789\xb9\xb2\xb3'} |
                                {'LPT%s' % c for c in '123456789\xb9\xb2\xb3'})


_posix_flavour = _Posix()
_windows_flavour = _Windows()


def _parse(flavour, args):
    """(drv, root, parts) of the joined arguments; a later absolute part replaces earlier ones."""
    drv = root = ''
    parts = []
    for a in args:
        if isinstance(a, PurePath):
            a = str(a) if a._flavour is flavour else str(a).replace(a._flavour.sep, flavour.sep)
        else:
            a = os.fspath(a)
            if not isinstance(a, str):
                raise TypeError("argument should be a str object or an os.PathLike "
                                "object returning str, not %r" % type(a))
        d, r, rest = flavour.split_root(a)
        if flavour.altsep:
            rest = rest.replace(flavour.altsep, flavour.sep)
        pieces = [x for x in rest.split(flavour.sep) if x and x != '.']
        if r:
            drv, root, parts = (d or drv), r, pieces
        elif d and d != drv:
            drv, root, parts = d, '', pieces
        else:
            parts = parts + pieces
    return drv, root, parts


class _PathParents:
    """This object provides sequence-like access to the logical ancestors
    of a path.  Don't try to construct it yourself."""
    __slots__ = ('_path',)

    def __init__(self, path):
        self._path = path

    def __len__(self):
        return len(self._path._parts)

    def __getitem__(self, idx):
        n = len(self)
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(n)))
        if idx >= n or idx < -n:
            raise IndexError(idx)
        if idx < 0:
            idx += n
        p = self._path
        return p._make(p._drv, p._root, p._parts[:n - idx - 1])

    def __repr__(self):
        return "<{}.parents>".format(type(self._path).__name__)


class PurePath(object):
    """Base class for manipulating paths without I/O.

    PurePath represents a filesystem path and offers operations which
    don't imply any actual filesystem I/O.  Depending on your system,
    instantiating a PurePath will return either a PurePosixPath or a
    PureWindowsPath object.  You can also instantiate either of these classes
    directly, regardless of your system.
    """
    __slots__ = ('_drv', '_root', '_parts', '_str', '_hash', '__weakref__')

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PureWindowsPath if os.name == 'nt' else PurePosixPath
        return cls._from_parts(args)

    def __reduce__(self):
        return (self.__class__, tuple(self._all_parts()))

    @classmethod
    def _from_parts(cls, args):
        self = object.__new__(cls)
        drv, root, parts = _parse(cls._flavour, args)
        self._drv = drv
        self._root = root
        self._parts = parts
        return self

    def _make(self, drv, root, parts):
        new = object.__new__(type(self))
        new._drv = drv
        new._root = root
        new._parts = list(parts)
        return new

    def _all_parts(self):
        anchor = self._drv + self._root
        return ([anchor] if anchor else []) + list(self._parts)

    def __str__(self):
        try:
            return self._str
        except AttributeError:
            s = self._drv + self._root + self._flavour.sep.join(self._parts)
            self._str = s or '.'
            return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        """Return the string representation of the path with forward (/)
        slashes."""
        return str(self).replace(self._flavour.sep, '/')

    def __bytes__(self):
        """Return the bytes representation of the path.  This is only
        recommended to use under Unix."""
        return os.fsencode(self)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self.as_posix())

    def as_uri(self):
        """Return the path as a 'file' URI."""
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        from urllib.parse import quote_from_bytes
        return 'file://' + quote_from_bytes(os.fsencode(self.as_posix()))

    @property
    def _cparts(self):
        return self._flavour.casefold_parts(self._all_parts())

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._cparts == other._cparts and self._flavour is other._flavour

    def __hash__(self):
        try:
            return self._hash
        except AttributeError:
            self._hash = hash(tuple(self._cparts))
            return self._hash

    def _cmp_parts(self, other):
        if not isinstance(other, PurePath) or self._flavour is not other._flavour:
            return None
        return self._cparts, other._cparts

    def __lt__(self, other):
        c = self._cmp_parts(other)
        return NotImplemented if c is None else c[0] < c[1]

    def __le__(self, other):
        c = self._cmp_parts(other)
        return NotImplemented if c is None else c[0] <= c[1]

    def __gt__(self, other):
        c = self._cmp_parts(other)
        return NotImplemented if c is None else c[0] > c[1]

    def __ge__(self, other):
        c = self._cmp_parts(other)
        return NotImplemented if c is None else c[0] >= c[1]

    @property
    def drive(self):
        """The drive prefix (letter or UNC path), if any."""
        return self._drv

    @property
    def root(self):
        """The root of the path, if any."""
        return self._root

    @property
    def anchor(self):
        """The concatenation of the drive and root, or ''."""
        return self._drv + self._root

    @property
    def name(self):
        """The final path component, if any."""
        if not self._parts:
            return ''
        return self._parts[-1]

    @property
    def suffix(self):
        """
        The final component's last suffix, if any.

        This includes the leading period. For example: '.txt'
        """
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        """
        A list of the final component's suffixes, if any.

        These include the leading periods. For example: ['.tar', '.gz']
        """
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + suffix for suffix in name.split('.')[1:]]

    @property
    def stem(self):
        """The final path component, minus its last suffix."""
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    def with_name(self, name):
        """Return a new path with the file name changed."""
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        drv, root, parts = _parse(self._flavour, (name,))
        if (not name or name[-1] in [self._flavour.sep, self._flavour.altsep]
                or drv or root or len(parts) != 1):
            raise ValueError("Invalid name %r" % (name))
        return self._make(self._drv, self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        """Return a new path with the stem changed."""
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        """Return a new path with the file suffix changed.  If the path
        has no suffix, add given suffix.  If the given suffix is an empty
        string, remove the suffix from the path.
        """
        f = self._flavour
        if f.sep in suffix or f.altsep and f.altsep in suffix:
            raise ValueError("Invalid suffix %r" % (suffix,))
        if suffix and not suffix.startswith('.') or suffix == '.':
            raise ValueError("Invalid suffix %r" % (suffix))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old_suffix = self.suffix
        if not old_suffix:
            name = name + suffix
        else:
            name = name[:-len(old_suffix)] + suffix
        return self._make(self._drv, self._root, self._parts[:-1] + [name])

    def relative_to(self, *other):
        """Return the relative path to another path identified by the passed
        arguments.  If the operation is not possible (because this is not
        a subpath of the other path), raise ValueError.
        """
        if not other:
            raise TypeError("need at least one argument")

        def anchored(drv, root, parts):
            # drive and root as separate leading items, as the comparison needs them
            if root:
                return [drv, root] + list(parts)
            return ([drv] if drv else []) + list(parts)
        mine = anchored(self._drv, self._root, self._parts)
        to_drv, to_root, to_parts = _parse(self._flavour, other)
        theirs = anchored(to_drv, to_root, to_parts)
        n = len(theirs)
        cf = self._flavour.casefold_parts
        if (self._root or self._drv) if n == 0 else cf(mine[:n]) != cf(theirs):
            if to_drv or to_root:
                formatted = to_drv + to_root + self._flavour.sep.join(to_parts)
            else:
                formatted = self._flavour.sep.join(to_parts)
            raise ValueError("{!r} is not in the subpath of {!r}"
                             " OR one path is relative and the other is absolute."
                             .format(str(self), formatted))
        return self._make('', self._root if n == 1 else '', mine[n:])

    def is_relative_to(self, *other):
        """Return True if the path is relative to another path or False.
        """
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    @property
    def parts(self):
        """An object providing sequence-like access to the
        components in the filesystem path."""
        return tuple(self._all_parts())

    def joinpath(self, *args):
        """Combine this path with one or several arguments, and return a
        new path representing either a subpath (if all arguments are relative
        paths) or a totally different path (if one of the arguments is
        anchored).
        """
        return type(self)(self, *args)

    def __truediv__(self, key):
        try:
            return type(self)(self, key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return type(self)(key, self)
        except TypeError:
            return NotImplemented

    @property
    def parent(self):
        """The logical parent of the path."""
        if not self._parts:
            return self
        return self._make(self._drv, self._root, self._parts[:-1])

    @property
    def parents(self):
        """A sequence of this path's logical parents."""
        return _PathParents(self)

    def is_absolute(self):
        """True if the path is absolute (has both a root and, if applicable,
        a drive)."""
        if not self._root:
            return False
        return not self._flavour.has_drv or bool(self._drv)

    def is_reserved(self):
        """Return True if the path contains one of the special names reserved
        by the system, if any."""
        return self._flavour.is_reserved(self._all_parts())

    def match(self, path_pattern):
        """
        Return True if this path matches the given pattern.
        """
        cf = self._flavour.casefold
        path_pattern = cf(path_pattern)
        drv, root, pat_parts = _parse(self._flavour, (path_pattern,))
        if not pat_parts and not (drv or root):
            raise ValueError("empty pattern")
        if drv and drv != cf(self._drv):
            return False
        if root and root != self._root:
            return False
        parts = self._cparts
        if drv or root:
            if len(pat_parts) != len(parts) - 1:
                return False
            pat_parts = pat_parts
            parts = parts[1:]
        elif len(pat_parts) > len(parts):
            return False
        for part, pat in zip(reversed(parts), reversed(pat_parts)):
            if not fnmatch.fnmatchcase(part, pat):
                return False
        return True


os.PathLike.register(PurePath) if hasattr(os.PathLike, 'register') else None


class PurePosixPath(PurePath):
    """PurePath subclass for non-Windows systems.

    On a POSIX system, instantiating a PurePath should return this object.
    However, you can also instantiate it directly on any system.
    """
    _flavour = _posix_flavour
    __slots__ = ()


class PureWindowsPath(PurePath):
    """PurePath subclass for Windows systems.

    On a Windows system, instantiating a PurePath should return this object.
    However, you can also instantiate it directly on any system.
    """
    _flavour = _windows_flavour
    __slots__ = ()


# ---- concrete paths ---------------------------------------------------------------------------

class Path(PurePath):
    """PurePath subclass that can make system calls.

    Path represents a filesystem path but unlike PurePath, also offers
    methods to do system calls on path objects. Depending on your system,
    instantiating a Path will return either a PosixPath or a WindowsPath
    object. You can also instantiate a PosixPath or WindowsPath directly,
    but cannot instantiate a WindowsPath on a POSIX system or vice versa.
    """
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = WindowsPath if os.name == 'nt' else PosixPath
        self = cls._from_parts(args)
        if not self._flavour.is_supported:
            raise NotImplementedError("cannot instantiate %r on your system" % (cls.__name__,))
        return self

    def _make_child_relpath(self, part):
        return self._make(self._drv, self._root, self._parts + [part])

    def __enter__(self):
        import warnings
        warnings.warn("pathlib.Path.__enter__() is deprecated and scheduled "
                      "for removal in Python 3.13; Path objects as a context "
                      "manager is a no-op", DeprecationWarning, stacklevel=2)
        return self

    def __exit__(self, t, v, tb):
        pass

    @classmethod
    def cwd(cls):
        """Return a new path pointing to the current working directory
        (as returned by os.getcwd()).
        """
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        """Return a new path pointing to the user's home directory (as
        returned by os.path.expanduser('~')).
        """
        return cls("~").expanduser()

    def samefile(self, other_path):
        """Return whether other_path is the same or not as this file
        (as returned by os.path.samefile()).
        """
        st = self.stat()
        try:
            other_st = other_path.stat()
        except AttributeError:
            other_st = self.__class__(other_path).stat()
        return os.path.samestat(st, other_st)

    def iterdir(self):
        """Yield path objects of the directory contents.

        The children are yielded in arbitrary order, and the
        special entries '.' and '..' are not included.
        """
        for name in os.listdir(self):
            yield self._make_child_relpath(name)

    def _scandir(self):
        return os.scandir(self)

    def glob(self, pattern):
        """Iterate over this subtree and yield all existing files (of any
        kind, including directories) matching the given relative pattern.
        """
        sys.audit("pathlib.Path.glob", self, pattern)
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        drv, root, pattern_parts = _parse(self._flavour, (pattern,))
        if drv or root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern[-1] in (self._flavour.sep, self._flavour.altsep):
            pattern_parts.append('')
        yield from self._glob_parts(self, pattern_parts)

    def _glob_parts(self, base, parts):
        if not parts:
            yield base
            return
        head, rest = parts[0], parts[1:]
        if head == '':
            if base.is_dir():
                yield base
            return
        if head == '**':
            seen = set()
            for d in self._walk_dirs(base):
                for p in self._glob_parts(d, rest):
                    if p not in seen:
                        seen.add(p)
                        yield p
            return
        if not any(c in head for c in '*?['):
            child = base._make_child_relpath(head)
            if rest:
                if child.is_dir():
                    yield from self._glob_parts(child, rest)
            elif child.exists() or child.is_symlink():
                yield child
            return
        try:
            names = os.listdir(base)
        except OSError:
            return
        for name in names:
            if name.startswith('.') and not head.startswith('.'):
                continue
            if fnmatch.fnmatchcase(name, head):
                child = base._make_child_relpath(name)
                if rest:
                    if child.is_dir():
                        yield from self._glob_parts(child, rest)
                else:
                    yield child

    def _walk_dirs(self, base):
        yield base
        try:
            names = os.listdir(base)
        except OSError:
            return
        for name in names:
            child = base._make_child_relpath(name)
            if child.is_dir() and not child.is_symlink():
                yield from self._walk_dirs(child)

    def rglob(self, pattern):
        """Recursively yield all existing files (of any kind, including
        directories) matching the given relative pattern, anywhere in
        this subtree.
        """
        sys.audit("pathlib.Path.rglob", self, pattern)
        drv, root, pattern_parts = _parse(self._flavour, (pattern,))
        if drv or root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern and pattern[-1] in (self._flavour.sep, self._flavour.altsep):
            pattern_parts.append('')
        yield from self._glob_parts(self, ['**'] + pattern_parts)

    def absolute(self):
        """Return an absolute version of this path by prepending the current
        working directory. No normalization or symlink resolution is performed.

        Use resolve() to get the canonical path to a file.
        """
        if self.is_absolute():
            return self
        return self._from_parts([os.getcwd()] + self._parts)

    def resolve(self, strict=False):
        """
        Make the path absolute, resolving all symlinks on the way and also
        normalizing it.
        """
        s = os.path.realpath(self, strict=strict)
        return self._from_parts((s,))

    def stat(self, *, follow_symlinks=True):
        """
        Return the result of the stat() system call on this path, like
        os.stat() does.
        """
        return os.stat(self, follow_symlinks=follow_symlinks)

    def owner(self):
        """
        Return the login name of the file owner.
        """
        import pwd
        return pwd.getpwuid(self.stat().st_uid).pw_name

    def group(self):
        """
        Return the group name of the file gid.
        """
        import grp
        return grp.getgrgid(self.stat().st_gid).gr_name

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        """
        Open the file pointed by this path and return a file object, as
        the built-in open() function does.
        """
        if "b" not in mode:
            import io
            encoding = io.text_encoding(encoding)
        return open(self, mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        """
        Open the file in bytes mode, read it, and close the file.
        """
        with self.open(mode='rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        """
        Open the file in text mode, read it, and close the file.
        """
        with self.open(mode='r', encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        """
        Open the file in bytes mode, write to it, and close the file.
        """
        view = memoryview(data)
        with self.open(mode='wb') as f:
            return f.write(view)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        """
        Open the file in text mode, write to it, and close the file.
        """
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % data.__class__.__name__)
        with self.open(mode='w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def readlink(self):
        """
        Return the path to which the symbolic link points.
        """
        return self._from_parts((os.readlink(self),))

    def touch(self, mode=0o666, exist_ok=True):
        """
        Create this file with the given access mode, if it doesn't exist.
        """
        if exist_ok:
            try:
                os.utime(self, None)
            except OSError:
                pass
            else:
                return
        flags = os.O_CREAT | os.O_WRONLY
        if not exist_ok:
            flags |= os.O_EXCL
        fd = os.open(self, flags, mode)
        os.close(fd)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """
        Create a new directory at this given path.
        """
        try:
            os.mkdir(self, mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        """
        Change the permissions of the path, like os.chmod().
        """
        os.chmod(self, mode, follow_symlinks=follow_symlinks)

    def lchmod(self, mode):
        """
        Like chmod(), except if the path points to a symlink, the symlink's
        permissions are changed, rather than its target's.
        """
        self.chmod(mode, follow_symlinks=False)

    def unlink(self, missing_ok=False):
        """
        Remove this file or link.
        If the path is a directory, use rmdir() instead.
        """
        try:
            os.unlink(self)
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        """
        Remove this directory.  The directory must be empty.
        """
        os.rmdir(self)

    def lstat(self):
        """
        Like stat(), except if the path points to a symlink, the symlink's
        status information is returned, rather than its target's.
        """
        return self.stat(follow_symlinks=False)

    def rename(self, target):
        """
        Rename this path to the target path.

        Returns the new Path instance pointing to the target path.
        """
        os.rename(self, target)
        return self.__class__(target)

    def replace(self, target):
        """
        Rename this path to the target path, overwriting if that path exists.

        Returns the new Path instance pointing to the target path.
        """
        os.replace(self, target)
        return self.__class__(target)

    def symlink_to(self, target, target_is_directory=False):
        """
        Make this path a symlink pointing to the target path.
        Note the order of arguments (link, target) is the reverse of os.symlink.
        """
        os.symlink(target, self, target_is_directory)

    def hardlink_to(self, target):
        """
        Make this path a hard link pointing to the same file as *target*.

        Note the order of arguments (self, target) is the reverse of os.link's.
        """
        os.link(target, self)

    def link_to(self, target):
        """
        Make the target path a hard link pointing to this path.
        """
        import warnings
        warnings.warn("pathlib.Path.link_to() is deprecated and is scheduled to be "
                      "removed in Python 3.12. Use pathlib.Path.hardlink_to() instead.",
                      DeprecationWarning, stacklevel=2)
        self.__class__(target).hardlink_to(self)

    def _ignorable(self, e):
        return isinstance(e, (FileNotFoundError, NotADirectoryError)) or getattr(e, 'errno', None) in (ENOENT, ENOTDIR, EBADF, ELOOP)

    def _mode_test(self, test, follow=True):
        try:
            st = self.stat() if follow else self.lstat()
        except OSError as e:
            if not self._ignorable(e):
                raise
            return False
        except ValueError:
            return False
        return test(st.st_mode)

    def exists(self):
        """
        Whether this path exists.
        """
        try:
            self.stat()
        except OSError as e:
            if not self._ignorable(e):
                raise
            return False
        except ValueError:
            return False
        return True

    def is_dir(self):
        """
        Whether this path is a directory.
        """
        return self._mode_test(S_ISDIR)

    def is_file(self):
        """
        Whether this path is a regular file (also True for symlinks pointing
        to regular files).
        """
        return self._mode_test(S_ISREG)

    def is_mount(self):
        """
        Check if this path is a POSIX mount point
        """
        return os.path.ismount(self)

    def is_symlink(self):
        """
        Whether this path is a symbolic link.
        """
        return self._mode_test(S_ISLNK, follow=False)

    def is_block_device(self):
        """
        Whether this path is a block device.
        """
        return self._mode_test(S_ISBLK)

    def is_char_device(self):
        """
        Whether this path is a character device.
        """
        return self._mode_test(S_ISCHR)

    def is_fifo(self):
        """
        Whether this path is a FIFO.
        """
        return self._mode_test(S_ISFIFO)

    def is_socket(self):
        """
        Whether this path is a socket.
        """
        return self._mode_test(S_ISSOCK)

    def expanduser(self):
        """ Return a new path with expanded ~ and ~user constructs
        (as returned by os.path.expanduser)
        """
        if (not (self._drv or self._root) and self._parts and self._parts[0][:1] == '~'):
            homedir = os.path.expanduser(self._parts[0])
            if homedir[:1] == "~":
                raise RuntimeError("Could not determine home directory.")
            return self._from_parts([homedir] + self._parts[1:])
        return self


class PosixPath(Path, PurePosixPath):
    """Path subclass for non-Windows systems.

    On a POSIX system, instantiating a Path should return this object.
    """
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    """Path subclass for Windows systems.

    On a Windows system, instantiating a Path should return this object.
    """
    __slots__ = ()

"""Common operations on POSIX pathnames (os.path on POSIX systems)."""

import os
import sys
import stat as _stat

curdir = '.'
pardir = '..'
extsep = '.'
sep = '/'
pathsep = ':'
defpath = '/bin:/usr/bin'
altsep = None
devnull = '/dev/null'
supports_unicode_filenames = False

__all__ = ["normcase", "isabs", "join", "splitdrive", "split", "splitext",
           "basename", "dirname", "commonprefix", "getsize", "getmtime",
           "getatime", "getctime", "islink", "exists", "lexists", "isdir", "isfile",
           "ismount", "expanduser", "expandvars", "normpath", "abspath",
           "samefile", "sameopenfile", "samestat",
           "curdir", "pardir", "sep", "pathsep", "defpath", "altsep", "extsep",
           "devnull", "realpath", "supports_unicode_filenames", "relpath",
           "commonpath"]


def _kit(p):
    """(sep, curdir, pardir, empty) of p's kind (str or bytes)."""
    if isinstance(p, bytes):
        return b'/', b'.', b'..', b''
    return '/', '.', '..', ''


def _sep(p):
    return b'/' if isinstance(p, bytes) else '/'


def _check_arg_types(funcname, *args):
    kinds = set()
    for s in args:
        if isinstance(s, (str, bytes)):
            kinds.add(isinstance(s, bytes))
        else:
            raise TypeError(f'{funcname}() argument must be str, bytes, or '
                            f'os.PathLike object, not {s.__class__.__name__!r}') from None
    if len(kinds) > 1:
        raise TypeError("Can't mix strings and bytes in path components") from None


def normcase(s):
    """Normalize case of pathname.  Has no effect under Posix"""
    return os.fspath(s)


def isabs(s):
    """Test whether a path is absolute"""
    s = os.fspath(s)
    return s.startswith(_sep(s))


def join(a, *p):
    """Join two or more pathname components, inserting '/' as needed.
    If any component is an absolute path, all previous path components
    will be discarded.  An empty last part will result in a path that
    ends with a separator."""
    a = os.fspath(a)
    slash = _sep(a)
    try:
        parts = [os.fspath(x) for x in p]
        result = a
        if not parts:
            result[:0] + slash  # type check of a lone argument
        for part in parts:
            if part.startswith(slash):
                result = part
            elif result and not result.endswith(slash):
                result = result + slash + part
            else:
                result = result + part
        return result
    except (TypeError, AttributeError, BytesWarning):
        _check_arg_types('join', a, *p)
        raise


def _trim_head(head, slash):
    # a head made only of slashes stays as it is; otherwise trailing slashes go
    if head.strip(slash):
        return head.rstrip(slash)
    return head


def split(p):
    """Split a pathname.  Returns tuple "(head, tail)" where "tail" is
    everything after the final slash.  Either part may be empty."""
    p = os.fspath(p)
    slash = _sep(p)
    cut = p.rfind(slash) + 1
    return _trim_head(p[:cut], slash), p[cut:]


def splitext(p):
    """Split the extension from a pathname.

    Extension is everything from the last dot to the end, ignoring
    leading dots.  Returns "(root, ext)"; ext may be empty."""
    p = os.fspath(p)
    slash, dot, _, _ = _kit(p)
    name_start = p.rfind(slash) + 1
    dot_at = p.rfind(dot)
    # no dot in the last component, or only leading dots before it: no extension
    if dot_at <= name_start or not p[name_start:dot_at].strip(dot):
        return p, p[:0]
    return p[:dot_at], p[dot_at:]


def splitdrive(p):
    """Split a pathname into drive and path. On Posix, drive is always
    empty."""
    p = os.fspath(p)
    return p[:0], p


def basename(p):
    """Returns the final component of a pathname"""
    p = os.fspath(p)
    return p[p.rfind(_sep(p)) + 1:]


def dirname(p):
    """Returns the directory component of a pathname"""
    p = os.fspath(p)
    slash = _sep(p)
    return _trim_head(p[:p.rfind(slash) + 1], slash)


def exists(path):
    """Test whether a path exists.  Returns False for broken symbolic links"""
    try:
        os.stat(path)
    except (OSError, ValueError):
        return False
    return True


def lexists(path):
    """Test whether a path exists.  Returns True for broken symbolic links"""
    try:
        os.lstat(path)
    except (OSError, ValueError):
        return False
    return True


def isfile(path):
    """Test whether a path is a regular file"""
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return False
    return _stat.S_ISREG(st.st_mode)


def isdir(s):
    """Return true if the pathname refers to an existing directory."""
    try:
        st = os.stat(s)
    except (OSError, ValueError):
        return False
    return _stat.S_ISDIR(st.st_mode)


def islink(path):
    """Test whether a path is a symbolic link"""
    try:
        st = os.lstat(path)
    except (OSError, ValueError, AttributeError):
        return False
    return _stat.S_ISLNK(st.st_mode)


def ismount(path):
    """Test whether a path is a mount point"""
    try:
        here = os.lstat(path)
    except (OSError, ValueError):
        return False
    if _stat.S_ISLNK(here.st_mode):
        return False
    path = os.fspath(path)
    try:
        up = os.lstat(realpath(join(path, _kit(path)[2])))
    except (OSError, ValueError):
        return False
    # a different device above, or the same inode (the root): a mount point
    return here.st_dev != up.st_dev or here.st_ino == up.st_ino


def getsize(filename):
    """Return the size of a file, reported by os.stat()."""
    return os.stat(filename).st_size


def getmtime(filename):
    """Return the last modification time of a file, reported by os.stat()."""
    return os.stat(filename).st_mtime


def getatime(filename):
    """Return the last access time of a file, reported by os.stat()."""
    return os.stat(filename).st_atime


def getctime(filename):
    """Return the metadata change time of a file, reported by os.stat()."""
    return os.stat(filename).st_ctime


def samestat(s1, s2):
    """Test whether two stat buffers reference the same file"""
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    """Test whether two pathnames reference the same actual file or directory"""
    return samestat(os.stat(f1), os.stat(f2))


def sameopenfile(fp1, fp2):
    """Test whether two open file objects reference the same file"""
    return samestat(os.fstat(fp1), os.fstat(fp2))


def commonprefix(m):
    "Given a list of pathnames, returns the longest common leading component"
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(os.fspath, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def expanduser(path):
    """Expand ~ and ~user constructions.  If user or $HOME is unknown,
    do nothing."""
    path = os.fspath(path)
    if isinstance(path, bytes):
        tilde = b'~'
    else:
        tilde = '~'
    if not path.startswith(tilde):
        return path
    sep = _sep(path)
    i = path.find(sep, 1)
    if i < 0:
        i = len(path)
    if i == 1:
        if 'HOME' not in os.environ:
            try:
                import pwd
                userhome = pwd.getpwuid(os.getuid()).pw_dir
            except (ImportError, KeyError):
                return path
        else:
            userhome = os.environ['HOME']
    else:
        name = path[1:i]
        if isinstance(name, bytes):
            name = str(name, 'ASCII')
        try:
            import pwd
            pwent = pwd.getpwnam(name)
        except (ImportError, KeyError):
            if name == 'root':
                userhome = '/root'
            else:
                return path
        else:
            userhome = pwent.pw_dir
    if userhome is None:
        return path
    if isinstance(path, bytes):
        userhome = os.fsencode(userhome)
        root = b'/'
    else:
        root = '/'
    userhome = userhome.rstrip(root)
    return (userhome + path[i:]) or root


def _name_end(s, i):
    n = len(s)
    while i < n and (s[i] == '_' or (s[i].isascii() and s[i].isalnum())):
        i += 1
    return i


def expandvars(path):
    """Expand shell variables of form $var and ${var}.  Unknown variables
    are left unchanged."""
    path = os.fspath(path)
    if isinstance(path, bytes):
        if b'$' not in path:
            return path
        return expandvars(path.decode('utf-8', 'surrogateescape')).encode('utf-8', 'surrogateescape')
    if '$' not in path:
        return path
    out = []
    pos = 0
    n = len(path)
    while True:
        dollar = path.find('$', pos)
        if dollar < 0:
            out.append(path[pos:])
            break
        out.append(path[pos:dollar])
        after = dollar + 1
        if after < n and path[after] == '{':
            close = path.find('}', after + 1)
            if close < 0:
                out.append('$')
                pos = after
                continue
            name, stop = path[after + 1:close], close + 1
        else:
            stop = _name_end(path, after)
            if stop == after:
                out.append('$')
                pos = after
                continue
            name = path[after:stop]
        out.append(os.environ[name] if name in os.environ else path[dollar:stop])
        pos = stop
    return ''.join(out)


def normpath(path):
    """Normalize path, eliminating double slashes, etc."""
    path = os.fspath(path)
    slash, dot, dotdot, empty = _kit(path)
    if not path:
        return dot
    # POSIX: exactly two leading slashes are kept, one or three and more become one
    lead = 0
    if path.startswith(slash):
        lead = 2 if path.startswith(slash * 2) and not path.startswith(slash * 3) else 1
    kept = []
    for part in path.split(slash):
        if part == empty or part == dot:
            continue
        if part == dotdot:
            if kept and kept[-1] != dotdot:
                kept.pop()
                continue
            if lead:
                continue  # '..' at the root is the root
        kept.append(part)
    return (slash * lead + slash.join(kept)) or dot


def abspath(path):
    """Return an absolute path."""
    path = os.fspath(path)
    if not isabs(path):
        path = join(os.getcwdb() if isinstance(path, bytes) else os.getcwd(), path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """Return the canonical path of the specified filename, eliminating any
symbolic links encountered in the path."""
    filename = os.fspath(filename)
    if isinstance(filename, bytes):
        return realpath(filename.decode('utf-8', 'surrogateescape'), strict=strict).encode('utf-8', 'surrogateescape')
    if not filename.startswith('/'):
        cwd = os.getcwd()
        filename = cwd + '/' + filename
    todo = filename.split('/')
    todo.reverse()
    done = ''  # '' is the root
    hops = 0
    while todo:
        name = todo.pop()
        if name == '' or name == '.':
            continue
        if name == '..':
            done = done[:done.rfind('/')] if done else ''
            continue
        candidate = done + '/' + name
        try:
            st = os.lstat(candidate)
        except OSError:
            if strict:
                raise
            done = candidate
            continue
        if not _stat.S_ISLNK(st.st_mode):
            done = candidate
            continue
        hops += 1
        if hops > 40:
            if strict:
                os.stat(candidate)
            rest = list(reversed(todo))
            return '/'.join([candidate] + rest) if rest else candidate
        target = os.readlink(candidate)
        if target.startswith('/'):
            done = ''
        parts = target.split('/')
        parts.reverse()
        todo.extend(parts)
    return done or '/'


def relpath(path, start=None):
    """Return a relative version of a path"""
    if not path:
        raise ValueError("no path specified")
    path = os.fspath(path)
    slash, dot, dotdot, _ = _kit(path)
    start = dot if start is None else os.fspath(start)
    try:
        to = [x for x in abspath(path).split(slash) if x]
        frm = [x for x in abspath(start).split(slash) if x]
        same = 0
        while same < len(to) and same < len(frm) and to[same] == frm[same]:
            same += 1
        parts = [dotdot] * (len(frm) - same) + to[same:]
        return join(*parts) if parts else dot
    except (TypeError, AttributeError, BytesWarning, DeprecationWarning):
        _check_arg_types('relpath', path, start)
        raise


def commonpath(paths):
    """Given a sequence of path names, returns the longest common sub-path."""
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(os.fspath, paths))
    slash, dot, _, _ = _kit(paths[0])
    try:
        absolute = {p[:1] == slash for p in paths}
        if len(absolute) > 1:
            raise ValueError("Can't mix absolute and relative paths")
        lists = [[c for c in p.split(slash) if c and c != dot] for p in paths]
        first = min(lists)
        last = max(lists)
        n = 0
        while n < len(first) and first[n] == last[n]:
            n += 1
        return (slash if absolute.pop() else slash[:0]) + slash.join(first[:n])
    except (TypeError, AttributeError):
        _check_arg_types('commonpath', *paths)
        raise

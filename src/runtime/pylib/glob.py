"""Filename globbing utility."""

import os
import re
import fnmatch
import stat
import sys

__all__ = ["glob", "iglob", "escape"]


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False):
    """Return a list of paths matching a pathname pattern.

    The pattern may contain simple shell-style wildcards a la
    fnmatch. Unlike fnmatch, filenames starting with a
    dot are special cases that are not matched by '*' and '?'
    patterns.

    If recursive is true, the pattern '**' will match any files and
    zero or more directories and subdirectories.
    """
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False):
    """Return an iterator which yields the paths matching a pathname pattern."""
    sys.audit("glob.glob", pathname, recursive)
    root = os.fspath(root_dir) if root_dir is not None else pathname[:0]
    # a leading '**' also matches the top directory itself, which shows as ''
    return (p for p in _matches(pathname, root, recursive, False) if p)


def _matches(pattern, root, recursive, dirs_only):
    head, tail = os.path.split(pattern)
    if not has_magic(pattern):
        full = _join(root, pattern)
        if (_lexists(full) if tail else _isdir(_join(root, head))):
            yield pattern
        return
    if not head:
        yield from _in_dir(root, tail, recursive, dirs_only)
        return
    parents = _matches(head, root, recursive, True) if head != pattern and has_magic(head) else [head]
    for parent in parents:
        for name in _in_dir(_join(root, parent), tail, recursive, dirs_only):
            yield os.path.join(parent, name)


def _in_dir(directory, pattern, recursive, dirs_only):
    """The names in `directory` (relative to it) that `pattern` (one path component) matches."""
    if recursive and _isrecursive(pattern):
        yield pattern[:0]
        yield from _descendants(directory, dirs_only)
        return
    if not has_magic(pattern):
        if pattern:
            if _lexists(_join(directory, pattern)):
                yield pattern
        elif _isdir(directory):
            yield pattern
        return
    names = _names(directory, dirs_only)
    if not _ishidden(pattern):
        names = [n for n in names if not _ishidden(n)]
    yield from fnmatch.filter(names, pattern)


def _names(directory, dirs_only):
    here = directory or (os.curdir if isinstance(directory, str) else os.curdir.encode())
    out = []
    try:
        with os.scandir(here) as entries:
            for entry in entries:
                try:
                    if not dirs_only or entry.is_dir():
                        out.append(entry.name)
                except OSError:
                    pass
    except OSError:
        pass
    return out


def _descendants(directory, dirs_only):
    for name in _names(directory, dirs_only):
        if _ishidden(name):
            continue
        yield name
        below = _join(directory, name)
        for sub in _descendants(below, dirs_only):
            yield _join(name, sub)


def glob0(dirname, pattern):
    return list(_in_dir(dirname, pattern, False, False)) if not has_magic(pattern) else []


def glob1(dirname, pattern):
    return list(_in_dir(dirname, pattern, False, False))


def _lexists(pathname):
    try:
        os.lstat(pathname)
    except (OSError, ValueError):
        return False
    return True


def _isdir(pathname):
    try:
        st = os.stat(pathname)
    except (OSError, ValueError):
        return False
    return stat.S_ISDIR(st.st_mode)


def _join(dirname, basename):
    if not dirname or not basename:
        return dirname or basename
    return os.path.join(dirname, basename)


magic_check = re.compile('([*?[])')
magic_check_bytes = re.compile(b'([*?[])')


def has_magic(s):
    if isinstance(s, bytes):
        return magic_check_bytes.search(s) is not None
    return magic_check.search(s) is not None


def _ishidden(path):
    return path[0] in ('.', b'.'[0])


def _isrecursive(pattern):
    return pattern == (b'**' if isinstance(pattern, bytes) else '**')


def escape(pathname):
    """Escape all special characters.
    """
    drive, pathname = os.path.splitdrive(pathname)
    if isinstance(pathname, bytes):
        pathname = magic_check_bytes.sub(br'[\1]', pathname)
    else:
        pathname = magic_check.sub(r'[\1]', pathname)
    return drive + pathname

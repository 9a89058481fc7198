"""Cache lines from Python source files.

This is intended to read lines from modules imported -- hence if a filename
is not found, it will look down the module search path for a file by
that name.
"""

import sys
import os

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

# filename -> (size, mtime, lines, fullname), or (get_source,) for a lazy entry
cache = {}


def clearcache():
    """Clear the cache entirely."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Get a line for a Python source file from the cache.
    Update the cache if it doesn't contain an entry for this file already."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """Get the lines for a Python source file from the cache.
    Update the cache if it doesn't contain an entry for this file already."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Discard cache entries that are out of date.
    (This is not checked upon each call!)"""
    if filename is None:
        names = list(cache)
    elif filename in cache:
        names = [filename]
    else:
        return
    for name in names:
        entry = cache.get(name)
        if entry is None or len(entry) == 1:
            continue  # lazy entries and entries removed meanwhile
        size, mtime, lines, fullname = entry
        if mtime is None:
            continue  # no file behind it
        try:
            st = os.stat(fullname)
        except OSError:
            cache.pop(name, None)
            continue
        if size != st.st_size or mtime != st.st_mtime:
            cache.pop(name, None)


def _decode_source(data):
    """Bytes of a source file -> text, by its BOM or coding cookie (PEP 263), else UTF-8."""
    if data.startswith(b'\xef\xbb\xbf'):
        return data[3:].decode('utf-8', 'replace')
    encoding = 'utf-8'
    for raw in data.split(b'\n', 2)[:2]:
        stripped = raw.lstrip(b' \t\f')
        if not stripped.startswith(b'#'):
            if stripped.strip():
                break
            continue
        at = raw.find(b'coding')
        if at >= 0 and raw[at + 6:at + 7] in (b':', b'='):
            rest = raw[at + 7:].lstrip(b' \t')
            end = 0
            while end < len(rest) and (rest[end:end + 1].isalnum() or rest[end:end + 1] in (b'-', b'_', b'.')):
                end += 1
            if end:
                encoding = rest[:end].decode('ascii')
                break
    try:
        return data.decode(encoding, 'replace')
    except LookupError:
        return data.decode('utf-8', 'replace')


def _split_lines(text):
    # readlines() of a text file: universal newlines become '\n'
    text = text.replace('\r\n', '\n').replace('\r', '\n')
    lines = text.splitlines(True)
    # splitlines also breaks at \v, \f, \x1c.. which readlines does not: rejoin those pieces
    out = []
    for piece in lines:
        if out and not out[-1].endswith('\n'):
            out[-1] += piece
        else:
            out.append(piece)
    return out


def updatecache(filename, module_globals=None):
    """Update a cache entry and return its list of lines.
    If something's wrong, print a message, discard the cache entry,
    and return an empty list."""
    if filename in cache:
        if len(cache[filename]) != 1:
            cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    fullname = filename
    try:
        st = os.stat(fullname)
    except OSError:
        basename = filename
        if lazycache(filename, module_globals):
            try:
                data = cache[filename][0]()
            except (ImportError, OSError):
                pass
            else:
                if data is None:
                    return []
                lines = _split_lines(data)
                if lines and not lines[-1].endswith('\n'):
                    lines[-1] += '\n'
                cache[filename] = (len(data), None, lines, fullname)
                return lines
        if os.path.isabs(filename):
            return []
        for dirname in sys.path:
            try:
                fullname = os.path.join(dirname, basename)
            except (TypeError, AttributeError):
                continue
            try:
                st = os.stat(fullname)
                break
            except OSError:
                pass
        else:
            return []
    try:
        with open(fullname, 'rb') as fp:
            data = fp.read()
    except (OSError, UnicodeDecodeError, SyntaxError):
        return []
    lines = _split_lines(_decode_source(data))
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    size, mtime = st.st_size, st.st_mtime
    cache[filename] = size, mtime, lines, fullname
    return lines


def lazycache(filename, module_globals):
    """Seed the cache for filename with module_globals.

    The module loader will be asked for the source only when getlines is
    called, not immediately.

    If there is an entry in the cache already, it is not altered.

    :return: True if a lazy load is registered in the cache,
        otherwise False. To register such a load a module loader with a
        get_source method must be found, the filename must be a cacheable
        filename, and the filename must not be already cached.
    """
    if filename in cache:
        if len(cache[filename]) == 1:
            return True
        return False
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return False
    if module_globals and '__name__' in module_globals:
        name = module_globals['__name__']
        loader = module_globals.get('__loader__')
        if loader is None:
            spec = module_globals.get('__spec__')
            try:
                loader = spec.loader
            except AttributeError:
                pass
        get_source = getattr(loader, 'get_source', None)
        if name and get_source:
            def get_lines(name=name, *args, **kwargs):
                return get_source(name, *args, **kwargs)
            cache[filename] = (get_lines,)
            return True
    return False

"""Extract, format and print information about Python stack traces.

The text is the interpreter's own: entry positions and caret anchors come from
pyframe's traceback printer (the _pyframe_traceback helper module), so
traceback.print_exc() prints what an uncaught exception prints (without the
"Did you mean" suggestions, which CPython 3.11 adds only in its C printer).
"""

import sys
import linecache
import itertools

try:
    import _pyframe_traceback as _pt
except ImportError:
    _pt = None

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']

_RECURSIVE_CUTOFF = 3

_cause_message = ("\nThe above exception was the direct cause "
                  "of the following exception:\n\n")

_context_message = ("\nDuring handling of the above exception, "
                    "another exception occurred:\n\n")


# ---- lists of entries ---------------------------------------------------------------------

def print_list(extracted_list, file=None):
    """Print the list of tuples as returned by extract_tb() or
    extract_stack() as a formatted stack trace to the given file."""
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def format_list(extracted_list):
    """Format a list of tuples or FrameSummary objects for printing."""
    return StackSummary.from_list(extracted_list).format()


def print_tb(tb, limit=None, file=None):
    """Print up to 'limit' stack trace entries from the traceback 'tb'."""
    print_list(extract_tb(tb, limit=limit), file=file)


def format_tb(tb, limit=None):
    """A shorthand for 'format_list(extract_tb(tb, limit))'."""
    return extract_tb(tb, limit=limit).format()


def extract_tb(tb, limit=None):
    """Return a StackSummary object representing a list of
    pre-processed entries from traceback."""
    return StackSummary._extract_from_extended_frame_gen(
        _walk_tb_with_full_positions(tb), limit=limit)


# ---- exceptions -----------------------------------------------------------------------------

class _Sentinel:
    def __repr__(self):
        return "<implicit>"


_sentinel = _Sentinel()


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is _sentinel:
        if exc is None:
            return None, None
        if isinstance(exc, BaseException):
            return exc, exc.__traceback__
        raise TypeError(f'Exception expected for value, {type(exc).__name__} found')
    return value, tb


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True):
    """Print exception up to 'limit' stack trace entries from 'tb' to 'file'."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    te.print(file=file, chain=chain)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                     chain=True):
    """Format a stack trace and the exception information."""
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def format_exception_only(exc, /, value=_sentinel):
    """Format the exception part of a traceback."""
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only())


def _format_final_exc_line(etype, value):
    text = _safe_string(value, 'exception')
    if value is None or not text:
        return f"{etype}\n"
    return f"{etype}: {text}\n"


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except BaseException:
        return f'<{what} {func.__name__}() failed>'


def print_exc(limit=None, file=None, chain=True):
    """Shorthand for 'print_exception(*sys.exc_info(), limit, file)'."""
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    """Like print_exc() but return a string."""
    return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    """This is a shorthand for 'print_exception(sys.last_type,
    sys.last_value, sys.last_traceback, limit, file)'."""
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                    limit, file, chain)


# ---- stacks ---------------------------------------------------------------------------------

def print_stack(f=None, limit=None, file=None):
    """Print a stack trace from its invocation point."""
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def format_stack(f=None, limit=None):
    """Shorthand for 'format_list(extract_stack(f, limit))'."""
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def extract_stack(f=None, limit=None):
    """Extract the raw traceback from the current stack frame."""
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def clear_frames(tb):
    "Clear all references to local variables in the frames of a traceback."
    while tb is not None:
        try:
            tb.tb_frame.clear()
        except RuntimeError:
            pass
        tb = tb.tb_next


class FrameSummary:
    """Information about a single frame from a traceback.

    - :attr:`filename` The filename for the frame.
    - :attr:`lineno` The line within filename for the frame that was
      active when the frame was captured.
    - :attr:`name` The name of the function or method that was executing
      when the frame was captured.
    - :attr:`line` The text from the linecache module for the
      of code that was running when the frame was captured.
    - :attr:`locals` Either None if locals were not supplied, or a dict
      mapping the name to the repr() of the variable.
    """

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        self.locals = {k: _safe_string(v, 'local', func=repr)
                       for k, v in locals.items()} if locals else None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and
                    self.lineno == other.lineno and
                    self.name == other.name and
                    self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        # the line with its indentation (and newline), as linecache has it
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


def walk_stack(f):
    """Walk a stack yielding the frame and line number for each frame.

    This will follow f.f_back from the given frame. If no frame is given, the
    current stack is used. Usually used with StackSummary.extract.
    """
    if f is None:
        f = sys._getframe().f_back.f_back.f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """Walk a traceback yielding the frame and line number for each frame.

    This will follow tb.tb_next (and thus is in the opposite order to
    walk_stack). Usually used with StackSummary.extract.
    """
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _tb_positions(tb):
    if _pt is not None:
        try:
            return _pt.tb_position(tb)
        except TypeError:
            pass
    return (tb.tb_lineno, None, None, None)


def _walk_tb_with_full_positions(tb):
    # (frame, (lineno, end_lineno, colno, end_colno)) for each traceback entry
    while tb is not None:
        yield tb.tb_frame, _tb_positions(tb)
        tb = tb.tb_next


class StackSummary(list):
    """A list of FrameSummary objects, representing a stack of frames."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        """Create a StackSummary from a traceback or stack object."""
        def with_positions():
            for f, lineno in frame_gen:
                yield f, (lineno, None, None, None)

        return klass._extract_from_extended_frame_gen(
            with_positions(), limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)

    @classmethod
    def _extract_from_extended_frame_gen(klass, frame_gen, *, limit=None,
                                         lookup_lines=True, capture_locals=False):
        if limit is None:
            limit = getattr(sys, 'tracebacklimit', None)
            if limit is not None and limit < 0:
                limit = 0
        if limit is not None:
            if limit >= 0:
                frame_gen = itertools.islice(frame_gen, limit)
            else:
                import collections
                frame_gen = collections.deque(frame_gen, maxlen=-limit)

        result = klass()
        fnames = set()
        for f, (lineno, end_lineno, colno, end_colno) in frame_gen:
            co = f.f_code
            filename = co.co_filename
            name = co.co_name
            fnames.add(filename)
            linecache.lazycache(filename, f.f_globals)
            f_locals = f.f_locals if capture_locals else None
            result.append(FrameSummary(
                filename, lineno, name, lookup_line=False, locals=f_locals,
                end_lineno=end_lineno, colno=colno, end_colno=end_colno))
        for filename in fnames:
            linecache.checkcache(filename)
        if lookup_lines:
            for f in result:
                f.line
        return result

    @classmethod
    def from_list(klass, a_list):
        """Create a StackSummary object from a supplied list of
        FrameSummary objects or old-style list of tuples."""
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        """Format the lines for a single FrameSummary."""
        out = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            stripped = frame_summary.line.strip()
            out.append(f'    {stripped}\n')
            carets = _caret_line(frame_summary, stripped)
            if carets is not None:
                out.append(carets)
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                out.append(f'    {name} = {value}\n')
        return ''.join(out)

    def format(self):
        """Format the stack ready for printing."""
        result = []
        last = None
        count = 0
        for fs in self:
            text = self.format_frame_summary(fs)
            if text is None:
                continue
            key = (fs.filename, fs.lineno, fs.name)
            if last is None or key != last or None in key:
                if count > _RECURSIVE_CUTOFF:
                    more = count - _RECURSIVE_CUTOFF
                    result.append(f'  [Previous line repeated {more} more '
                                  f'time{"s" if more > 1 else ""}]\n')
                last = key
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            result.append(text)
        if count > _RECURSIVE_CUTOFF:
            more = count - _RECURSIVE_CUTOFF
            result.append(f'  [Previous line repeated {more} more '
                          f'time{"s" if more > 1 else ""}]\n')
        return result


def _byte_offset_to_character_offset(s, offset):
    return len(s.encode('utf-8')[:offset].decode('utf-8', errors='replace'))


def _display_width(line, offset):
    if line.isascii():
        return offset
    if _pt is not None:
        return _pt.display_width(line, offset)
    return offset


def _anchors(segment):
    if _pt is None:
        return None
    try:
        return _pt.anchors(segment)
    except Exception:
        return None


def _caret_line(fs, stripped):
    """The '    ~~~^^^~~~' line under an entry's source, or None where CPython shows none."""
    if fs.colno is None or fs.end_colno is None:
        return None
    line = fs._original_line
    lead = len(line) - len(fs.line.lstrip())
    start = _byte_offset_to_character_offset(line, fs.colno)
    end = _byte_offset_to_character_offset(line, fs.end_colno)
    segment = line[start:end]
    anchors = None
    if fs.lineno == fs.end_lineno:
        anchors = _anchors(segment)
    else:
        end = len(line.rstrip())
    if not (end - start < len(stripped) or (anchors and anchors[1] - anchors[0] > 0)):
        return None
    dp_start = _display_width(line, start) + 1
    dp_end = _display_width(line, end) + 1
    out = '    ' + ' ' * (dp_start - lead)
    if anchors:
        left = _display_width(segment, anchors[0])
        right = _display_width(segment, anchors[1])
        out += '~' * left + '^' * (right - left) + '~' * (dp_end - dp_start - right)
    else:
        out += '^' * (dp_end - dp_start)
    return out + '\n'


# ---- TracebackException ---------------------------------------------------------------------

class _ExceptionPrintContext:
    def __init__(self):
        self.seen = set()
        self.exception_group_depth = 0
        self.need_close = False

    def indent(self):
        return ' ' * (2 * self.exception_group_depth)

    def emit(self, text_gen, margin_char=None):
        if margin_char is None:
            margin_char = '|'
        prefix = self.indent()
        if self.exception_group_depth:
            prefix += margin_char + ' '
        if isinstance(text_gen, str):
            text_gen = (text_gen,)
        for text in text_gen:
            if prefix:
                text = ''.join(prefix + piece for piece in text.splitlines(True))
            yield text


def _is_sequence(obj):
    try:
        from collections.abc import Sequence
    except ImportError:
        return isinstance(obj, (list, tuple, str))
    return isinstance(obj, Sequence)


class TracebackException:
    """An exception ready for rendering.

    The traceback module captures enough attributes from the original exception
    to this intermediary form to ensure that no references are held, while
    still being able to fully print or format it.
    """

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        top = _seen is None
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self.stack = StackSummary._extract_from_extended_frame_gen(
            _walk_tb_with_full_positions(exc_traceback),
            limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)
        self.exc_type = exc_type
        self._str = _safe_string(exc_value, 'exception')
        self.__notes__ = getattr(exc_value, '__notes__', None)
        if exc_type and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            end_lno = exc_value.end_lineno
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
        if lookup_lines:
            self._load_lines()
        self.__suppress_context__ = (exc_value.__suppress_context__
                                     if exc_value is not None else False)
        if not top:
            return
        # cause, context and group members, breadth by a work list (no recursion)
        options = dict(limit=limit, lookup_lines=lookup_lines,
                       capture_locals=capture_locals,
                       max_group_width=max_group_width,
                       max_group_depth=max_group_depth, _seen=_seen)
        work = [(self, exc_value)]
        while work:
            te, e = work.pop()
            cause = None
            if e and e.__cause__ is not None and id(e.__cause__) not in _seen:
                c = e.__cause__
                cause = TracebackException(type(c), c, c.__traceback__, **options)
            if compact:
                need_context = cause is None and e is not None and not e.__suppress_context__
            else:
                need_context = True
            context = None
            if (e and e.__context__ is not None and need_context
                    and id(e.__context__) not in _seen):
                c = e.__context__
                context = TracebackException(type(c), c, c.__traceback__, **options)
            exceptions = None
            if e and isinstance(e, BaseExceptionGroup):
                exceptions = [TracebackException(type(x), x, x.__traceback__, **options)
                              for x in e.exceptions]
            te.__cause__ = cause
            te.__context__ = context
            te.exceptions = exceptions
            if cause:
                work.append((cause, e.__cause__))
            if context:
                work.append((context, e.__context__))
            if exceptions:
                work.extend(zip(exceptions, e.exceptions))

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        """Create a TracebackException from an exception."""
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def _load_lines(self):
        """Private API. force all lines in the stack to be loaded."""
        for frame in self.stack:
            frame.line

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """Format the exception part of the traceback: the message (after the
        location lines of a SyntaxError), then the exception's __notes__."""
        if self.exc_type is None:
            yield _format_final_exc_line(None, self._str)
            return
        stype = self.exc_type.__qualname__
        smod = self.exc_type.__module__
        if smod not in ("__main__", "builtins"):
            if not isinstance(smod, str):
                smod = "<unknown>"
            stype = smod + '.' + stype
        if not issubclass(self.exc_type, SyntaxError):
            yield _format_final_exc_line(stype, self._str)
        else:
            yield from self._format_syntax_error(stype)
        notes = self.__notes__
        if notes is not None and not isinstance(notes, str) and _is_sequence(notes):
            for note in notes:
                note = _safe_string(note, 'note')
                for piece in note.split('\n'):
                    yield piece + '\n'
        elif notes is not None:
            yield _safe_string(notes, '__notes__', func=repr)

    def _format_syntax_error(self, stype):
        """Format SyntaxError exceptions (internal helper)."""
        suffix = ''
        if self.lineno is not None:
            yield '  File "{}", line {}\n'.format(self.filename or "<string>", self.lineno)
        elif self.filename is not None:
            suffix = f' ({self.filename})'
        text = self.text
        if text is not None:
            rtext = text.rstrip('\n')
            ltext = rtext.lstrip(' \n\f')
            spaces = len(rtext) - len(ltext)
            yield f'    {ltext}\n'
            if self.offset is not None:
                offset = self.offset
                end_offset = self.end_offset if self.end_offset not in (None, 0) else offset
                if offset == end_offset or end_offset == -1:
                    end_offset = offset + 1
                colno = offset - 1 - spaces
                end_colno = end_offset - 1 - spaces
                if colno >= 0:
                    caretspace = ''.join(c if c.isspace() else ' ' for c in ltext[:colno])
                    yield '    {}{}'.format(caretspace, '^' * (end_colno - colno) + "\n")
        msg = self.msg or "<no detail available>"
        yield f"{stype}: {msg}{suffix}\n"

    def format(self, *, chain=True, _ctx=None):
        """Format the exception: a generator of strings, each ending in a newline,
        the message of the exception last."""
        if _ctx is None:
            _ctx = _ExceptionPrintContext()
        chainlist = []
        exc = self
        if chain:
            while exc:
                if exc.__cause__ is not None:
                    msg, nxt = _cause_message, exc.__cause__
                elif exc.__context__ is not None and not exc.__suppress_context__:
                    msg, nxt = _context_message, exc.__context__
                else:
                    msg, nxt = None, None
                chainlist.append((msg, exc))
                exc = nxt
        else:
            chainlist.append((None, exc))

        for msg, exc in reversed(chainlist):
            if msg is not None:
                yield from _ctx.emit(msg)
            if exc.exceptions is None:
                if exc.stack:
                    yield from _ctx.emit('Traceback (most recent call last):\n')
                    yield from _ctx.emit(exc.stack.format())
                yield from _ctx.emit(exc.format_exception_only())
            elif _ctx.exception_group_depth > self.max_group_depth:
                yield from _ctx.emit(f"... (max_group_depth is {self.max_group_depth})\n")
            else:
                yield from self._format_group(exc, chain, _ctx)

    def _format_group(self, exc, chain, _ctx):
        toplevel = _ctx.exception_group_depth == 0
        if toplevel:
            _ctx.exception_group_depth += 1
        if exc.stack:
            yield from _ctx.emit('Exception Group Traceback (most recent call last):\n',
                                 margin_char='+' if toplevel else None)
            yield from _ctx.emit(exc.stack.format())
        yield from _ctx.emit(exc.format_exception_only())
        total = len(exc.exceptions)
        shown = total if total <= self.max_group_width else self.max_group_width + 1
        _ctx.need_close = False
        for i in range(shown):
            last = i == shown - 1
            if last:
                _ctx.need_close = True
            truncated = self.max_group_width is not None and i >= self.max_group_width
            title = '...' if truncated else f'{i + 1}'
            yield (_ctx.indent() + ('+-' if i == 0 else '  ') +
                   f'+---------------- {title} ----------------\n')
            _ctx.exception_group_depth += 1
            if not truncated:
                yield from exc.exceptions[i].format(chain=chain, _ctx=_ctx)
            else:
                remaining = total - self.max_group_width
                yield from _ctx.emit(f"and {remaining} more exception{'s' if remaining > 1 else ''}\n")
            if last and _ctx.need_close:
                yield _ctx.indent() + "+------------------------------------\n"
                _ctx.need_close = False
            _ctx.exception_group_depth -= 1
        if toplevel:
            _ctx.exception_group_depth = 0

    def print(self, *, file=None, chain=True):
        """Print the result of self.format(chain=chain) to 'file'."""
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")

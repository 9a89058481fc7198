"""Run the interactive examples found in docstrings and text files (pyframe's own doctest).

An example is a `>>> ` line (plus `... ` continuation lines) followed by the output it
should print, up to a blank line or the next prompt.  The reports, option flags and the
unittest integration (DocTestSuite, DocFileSuite) follow CPython 3.11's doctest.
"""

import __future__
import difflib
import inspect
import linecache
import os
import re
import sys
import traceback
import unittest
from collections import namedtuple
from io import StringIO

__all__ = [
    'register_optionflag', 'DONT_ACCEPT_TRUE_FOR_1', 'DONT_ACCEPT_BLANKLINE',
    'NORMALIZE_WHITESPACE', 'ELLIPSIS', 'SKIP', 'IGNORE_EXCEPTION_DETAIL',
    'COMPARISON_FLAGS', 'REPORT_UDIFF', 'REPORT_CDIFF', 'REPORT_NDIFF',
    'REPORT_ONLY_FIRST_FAILURE', 'REPORTING_FLAGS', 'FAIL_FAST',
    'Example', 'DocTest', 'DocTestParser', 'DocTestFinder', 'DocTestRunner',
    'OutputChecker', 'DocTestFailure', 'UnexpectedException', 'DebugRunner',
    'testmod', 'testfile', 'run_docstring_examples', 'DocTestSuite', 'DocFileSuite',
    'set_unittest_reportflags', 'script_from_examples', 'testsource', 'debug_src', 'debug',
]

TestResults = namedtuple('TestResults', 'failed attempted')

# ---- option flags -----------------------------------------------------------------------------

OPTIONFLAGS_BY_NAME = {}


def register_optionflag(name):
    """Return the flag bit for `name`, allocating a new one the first time."""
    return OPTIONFLAGS_BY_NAME.setdefault(name, 1 << len(OPTIONFLAGS_BY_NAME))


DONT_ACCEPT_TRUE_FOR_1 = register_optionflag('DONT_ACCEPT_TRUE_FOR_1')
DONT_ACCEPT_BLANKLINE = register_optionflag('DONT_ACCEPT_BLANKLINE')
NORMALIZE_WHITESPACE = register_optionflag('NORMALIZE_WHITESPACE')
ELLIPSIS = register_optionflag('ELLIPSIS')
SKIP = register_optionflag('SKIP')
IGNORE_EXCEPTION_DETAIL = register_optionflag('IGNORE_EXCEPTION_DETAIL')

COMPARISON_FLAGS = (DONT_ACCEPT_TRUE_FOR_1 | DONT_ACCEPT_BLANKLINE | NORMALIZE_WHITESPACE |
                    ELLIPSIS | SKIP | IGNORE_EXCEPTION_DETAIL)

REPORT_UDIFF = register_optionflag('REPORT_UDIFF')
REPORT_CDIFF = register_optionflag('REPORT_CDIFF')
REPORT_NDIFF = register_optionflag('REPORT_NDIFF')
REPORT_ONLY_FIRST_FAILURE = register_optionflag('REPORT_ONLY_FIRST_FAILURE')
FAIL_FAST = register_optionflag('FAIL_FAST')

REPORTING_FLAGS = (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF | REPORT_ONLY_FIRST_FAILURE |
                   FAIL_FAST)

BLANKLINE_MARKER = '<BLANKLINE>'
ELLIPSIS_MARKER = '...'


# ---- small helpers ----------------------------------------------------------------------------

def _extract_future_flags(globs):
    """The compiler flags of the __future__ features imported into `globs`."""
    flags = 0
    for name in __future__.all_feature_names:
        feature = globs.get(name)
        if feature is not None and feature is getattr(__future__, name):
            flags |= feature.compiler_flag
    return flags


def _normalize_module(module, depth=2):
    """A module object from a module, a module name, or None (the caller's caller's module)."""
    if inspect.ismodule(module):
        return module
    if isinstance(module, str):
        return __import__(module, globals(), locals(), ["*"])
    if module is None:
        try:
            return sys.modules[sys._getframe(depth).f_globals['__name__']]
        except KeyError:
            return sys.modules['__main__']
    raise TypeError("Expected a module, string, or None")


def _newline_convert(data):
    return data.replace('\r\n', '\n').replace('\r', '\n')


def _load_testfile(filename, package, module_relative, encoding):
    if module_relative:
        package = _normalize_module(package, 3)
        filename = _module_relative_path(package, filename)
        loader = getattr(package, '__loader__', None)
        if loader is not None and hasattr(loader, 'get_data'):
            try:
                data = loader.get_data(filename)
            except OSError:
                pass
            else:
                if isinstance(data, bytes):
                    data = data.decode(encoding or 'utf-8')
                return _newline_convert(data), filename
    with open(filename, encoding=encoding or 'utf-8') as f:
        return f.read(), filename


def _indent(s, indent=4):
    """`s` with every non-empty line indented by `indent` spaces."""
    pad = ' ' * indent
    return ''.join(pad + line if line not in ('\n', '') else line
                   for line in s.splitlines(True))


def _exception_traceback(exc_info):
    """The traceback text of `exc_info`, as traceback.print_exception writes it."""
    buf = StringIO()
    exc_type, exc_value, exc_tb = exc_info
    traceback.print_exception(exc_type, exc_value, exc_tb, file=buf)
    return buf.getvalue()


class _SpoofOut(StringIO):
    """The stand-in for sys.stdout while examples run; its value always ends in a newline."""

    def getvalue(self):
        text = StringIO.getvalue(self)
        if text and not text.endswith('\n'):
            text += '\n'
        return text

    def truncate(self, size=None):
        self.seek(size)
        StringIO.truncate(self)


def _ellipsis_match(want, got):
    """Whether `got` matches `want`, where '...' in `want` stands for any text."""
    if ELLIPSIS_MARKER not in want:
        return want == got
    pieces = want.split(ELLIPSIS_MARKER)
    first, last = pieces[0], pieces[-1]
    if not got.startswith(first):
        return False
    start = len(first)
    end = len(got) - len(last)
    if not got.endswith(last) or end < start:
        return False
    for piece in pieces[1:-1]:
        if not piece:
            continue
        at = got.find(piece, start, end)
        if at < 0:
            return False
        start = at + len(piece)
    return True


def _comment_line(line):
    line = line.rstrip()
    return '# ' + line if line else '#'


def _strip_exception_details(msg):
    """The exception's class name without its module path or detail (IGNORE_EXCEPTION_DETAIL)."""
    end = len(msg)
    newline = msg.find('\n')
    if newline >= 0:
        end = newline
    colon = msg.find(':', 0, end)
    if colon >= 0:
        end = colon
    start = msg.rfind('.', 0, end) + 1
    return msg[start:end]


def _module_relative_path(module, test_path):
    if not inspect.ismodule(module):
        raise TypeError('Expected a module: %r' % (module,))
    if test_path.startswith('/'):
        raise ValueError('Module-relative files may not have absolute paths')
    test_path = os.path.join(*test_path.split('/'))
    if hasattr(module, '__file__'):
        basedir = os.path.split(module.__file__)[0]
    elif module.__name__ == '__main__':
        if len(sys.argv) > 0 and sys.argv[0] != '':
            basedir = os.path.split(sys.argv[0])[0]
        else:
            basedir = os.curdir
    else:
        if hasattr(module, '__path__'):
            for directory in module.__path__:
                fullpath = os.path.join(directory, test_path)
                if os.path.exists(fullpath):
                    return fullpath
        raise ValueError("Can't resolve paths relative to the module %r (it has no __file__)"
                         % module.__name__)
    return os.path.join(basedir, test_path)


# ---- examples and tests -----------------------------------------------------------------------

class Example:
    """One interactive example: its source, expected output and options."""

    def __init__(self, source, want, exc_msg=None, lineno=0, indent=0, options=None):
        if not source.endswith('\n'):
            source += '\n'
        if want and not want.endswith('\n'):
            want += '\n'
        if exc_msg is not None and not exc_msg.endswith('\n'):
            exc_msg += '\n'
        self.source = source
        self.want = want
        self.lineno = lineno
        self.indent = indent
        self.options = {} if options is None else options
        self.exc_msg = exc_msg

    def _key(self):
        return (self.source, self.want, self.lineno, self.indent, self.options, self.exc_msg)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        return hash((self.source, self.want, self.lineno, self.indent, self.exc_msg))


class DocTest:
    """The examples of one docstring or file, with the globals they run in."""

    def __init__(self, examples, globs, name, filename, lineno, docstring):
        assert not isinstance(examples, str), "DocTest no longer accepts str; use DocTestParser instead"
        self.examples = examples
        self.docstring = docstring
        self.globs = globs.copy()
        self.name = name
        self.filename = filename
        self.lineno = lineno

    def __repr__(self):
        if len(self.examples) == 0:
            count = 'no examples'
        elif len(self.examples) == 1:
            count = '1 example'
        else:
            count = '%d examples' % len(self.examples)
        return '<%s %s from %s:%s (%s)>' % (type(self).__name__, self.name, self.filename,
                                            self.lineno, count)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self.examples == other.examples and self.docstring == other.docstring and
                self.globs == other.globs and self.name == other.name and
                self.filename == other.filename and self.lineno == other.lineno)

    def __hash__(self):
        return hash((self.docstring, self.name, self.filename, self.lineno))

    def __lt__(self, other):
        if not isinstance(other, DocTest):
            return NotImplemented
        mine = self.lineno if self.lineno is not None else -1
        theirs = other.lineno if other.lineno is not None else -1
        return ((self.name, self.filename, mine, id(self)) <
                (other.name, other.filename, theirs, id(other)))


# ---- parser -----------------------------------------------------------------------------------

_OPTION_DIRECTIVE = re.compile(r'#\s*doctest:\s*([^\n\'"]*)$', re.MULTILINE)
_BLANK_OR_COMMENT = re.compile(r'^[ ]*(#.*)?$').match
_TRACEBACK_HEADERS = ('Traceback (most recent call last):', 'Traceback (innermost last):')


def _leading_spaces(line):
    return len(line) - len(line.lstrip(' '))


def _is_ps1(line):
    return line.lstrip(' ').startswith('>>>')


def _is_ps2(line):
    return line.lstrip(' ').startswith('...')


class DocTestParser:
    """Splits a docstring into text and Examples."""

    def parse(self, string, name='<string>'):
        """The text pieces and Examples of `string`, alternating (text first and last)."""
        string = string.expandtabs()
        lines = string.split('\n')
        indents = []
        for line in lines:
            n = _leading_spaces(line)
            if n < len(line) and not line[n].isspace():
                indents.append(n)
        margin = min(indents) if indents else 0
        if margin > 0:
            lines = [line[margin:] for line in lines]
        output = []
        text = []
        i = 0
        n = len(lines)
        while i < n:
            line = lines[i]
            if not _is_ps1(line):
                text.append(line)
                i += 1
                continue
            start = i
            indent = _leading_spaces(line)
            source_lines = [line]
            i += 1
            while i < n and _is_ps2(lines[i]):
                source_lines.append(lines[i])
                i += 1
            want_lines = []
            while i < n and lines[i].strip(' ') and not _is_ps1(lines[i]):
                want_lines.append(lines[i])
                i += 1
            self._check_prompt_blank(source_lines, indent, name, start)
            self._check_prefix(source_lines[1:], ' ' * indent + '.', name, start)
            self._check_prefix(want_lines, ' ' * indent, name, start + len(source_lines))
            source = '\n'.join(sl[indent + 4:] for sl in source_lines)
            want = '\n'.join(wl[indent:] for wl in want_lines)
            if want_lines:
                want += '\n'
            options = self._find_options(source, name, start)
            output.append('\n'.join(text + ['']))
            text = []
            if not _BLANK_OR_COMMENT(source):
                output.append(Example(source, want, self._exception_message(want),
                                      lineno=start, indent=margin + indent, options=options))
        output.append('\n'.join(text))
        return output

    def get_doctest(self, string, globs, name, filename, lineno):
        """A DocTest with the examples of `string`."""
        return DocTest(self.get_examples(string, name), globs, name, filename, lineno, string)

    def get_examples(self, string, name='<string>'):
        """The Examples of `string`."""
        return [x for x in self.parse(string, name) if isinstance(x, Example)]

    @staticmethod
    def _exception_message(want):
        lines = want.split('\n')
        if not lines or lines[0].rstrip() not in _TRACEBACK_HEADERS:
            return None
        for k in range(1, len(lines)):
            first = lines[k][:1]
            if first and (first.isalnum() or first == '_'):
                return '\n'.join(lines[k:])
        return None

    def _find_options(self, source, name, lineno):
        options = {}
        for m in _OPTION_DIRECTIVE.finditer(source):
            for option in m.group(1).replace(',', ' ').split():
                if option[0] not in '+-' or option[1:] not in OPTIONFLAGS_BY_NAME:
                    raise ValueError('line %r of the doctest for %s has an invalid option: %r'
                                     % (lineno + 1, name, option))
                options[OPTIONFLAGS_BY_NAME[option[1:]]] = option[0] == '+'
        if options and _BLANK_OR_COMMENT(source):
            raise ValueError('line %r of the doctest for %s has an option directive on a line '
                             'with no example: %r' % (lineno, name, source))
        return options

    @staticmethod
    def _check_prompt_blank(lines, indent, name, lineno):
        for i, line in enumerate(lines):
            if len(line) >= indent + 4 and line[indent + 3] != ' ':
                raise ValueError('line %r of the docstring for %s lacks blank after %s: %r'
                                 % (lineno + i + 1, name, line[indent:indent + 3], line))

    @staticmethod
    def _check_prefix(lines, prefix, name, lineno):
        for i, line in enumerate(lines):
            if line and not line.startswith(prefix):
                raise ValueError('line %r of the docstring for %s has inconsistent leading '
                                 'whitespace: %r' % (lineno + i + 1, name, line))


# ---- finder -----------------------------------------------------------------------------------

_DOCSTRING_START = re.compile(r'(^|.*:)\s*\w*("|\')')


class DocTestFinder:
    """Collects the DocTests of an object and (recursively) of what it contains."""

    def __init__(self, verbose=False, parser=DocTestParser(), recurse=True, exclude_empty=True):
        self._parser = parser
        self._verbose = verbose
        self._recurse = recurse
        self._exclude_empty = exclude_empty

    def find(self, obj, name=None, module=None, globs=None, extraglobs=None):
        if name is None:
            name = getattr(obj, '__name__', None)
            if name is None:
                raise ValueError("DocTestFinder.find: name must be given when obj.__name__ "
                                 "doesn't exist: %r" % (type(obj),))
        if module is False:
            module = None
        elif module is None:
            module = inspect.getmodule(obj)
        source_lines = None
        try:
            file = inspect.getsourcefile(obj)
        except TypeError:
            file = None
        else:
            if not file:
                try:
                    file = inspect.getfile(obj)
                except TypeError:
                    file = None
                if file and not (file[0] + file[-2:] == '<]>'):
                    file = None
        if file:
            if module is not None:
                source_lines = linecache.getlines(file, module.__dict__)
            else:
                source_lines = linecache.getlines(file)
            if not source_lines:
                source_lines = None
        if globs is None:
            globs = {} if module is None else module.__dict__.copy()
        else:
            globs = globs.copy()
        if extraglobs is not None:
            globs.update(extraglobs)
        if '__name__' not in globs:
            globs['__name__'] = '__main__'
        tests = []
        self._find(tests, obj, name, module, source_lines, globs, {})
        tests.sort()
        return tests

    def _from_module(self, module, obj):
        if module is None:
            return True
        owner = inspect.getmodule(obj)
        if owner is not None:
            return module is owner
        if inspect.isfunction(obj):
            return module.__dict__ is obj.__globals__
        if inspect.ismethoddescriptor(obj) or inspect.ismethodwrapper(obj):
            objclass = getattr(obj, '__objclass__', None)
            if objclass is not None:
                return module.__name__ == objclass.__module__
            if hasattr(obj, '__module__'):
                return module.__name__ == obj.__module__
            return True
        if inspect.isclass(obj) or hasattr(obj, '__module__'):
            return module.__name__ == obj.__module__
        if isinstance(obj, property):
            return True
        raise ValueError("object must be a class or function")

    @staticmethod
    def _is_routine(obj):
        try:
            obj = inspect.unwrap(obj)
        except ValueError:
            pass
        return inspect.isroutine(obj)

    def _find(self, tests, obj, name, module, source_lines, globs, seen):
        if self._verbose:
            print('Finding tests in %s' % name)
        if id(obj) in seen:
            return
        seen[id(obj)] = 1
        test = self._get_test(obj, name, module, globs, source_lines)
        if test is not None:
            tests.append(test)
        if not self._recurse:
            return
        if inspect.ismodule(obj):
            for valname, val in list(obj.__dict__.items()):
                if (self._is_routine(val) or inspect.isclass(val)) and self._from_module(module, val):
                    self._find(tests, val, '%s.%s' % (name, valname), module, source_lines,
                               globs, seen)
            for valname, val in getattr(obj, '__test__', {}).items():
                if not isinstance(valname, str):
                    raise ValueError("DocTestFinder.find: __test__ keys must be strings: %r"
                                     % (type(valname),))
                if not (inspect.isroutine(val) or inspect.isclass(val) or
                        inspect.ismodule(val) or isinstance(val, str)):
                    raise ValueError("DocTestFinder.find: __test__ values must be strings, "
                                     "functions, methods, classes, or modules: %r" % (type(val),))
                self._find(tests, val, '%s.__test__.%s' % (name, valname), module,
                           source_lines, globs, seen)
        if inspect.isclass(obj):
            for valname, val in list(obj.__dict__.items()):
                if isinstance(val, (staticmethod, classmethod)):
                    val = val.__func__
                if ((inspect.isroutine(val) or inspect.isclass(val) or isinstance(val, property))
                        and self._from_module(module, val)):
                    self._find(tests, val, '%s.%s' % (name, valname), module, source_lines,
                               globs, seen)

    def _get_test(self, obj, name, module, globs, source_lines):
        if isinstance(obj, str):
            docstring = obj
        else:
            try:
                docstring = obj.__doc__
                if docstring is None:
                    docstring = ''
                elif not isinstance(docstring, str):
                    docstring = str(docstring)
            except (TypeError, AttributeError):
                docstring = ''
        lineno = self._find_lineno(obj, source_lines)
        if self._exclude_empty and not docstring:
            return None
        if module is None:
            filename = None
        else:
            filename = getattr(module, '__file__', None) or module.__name__
            if filename.endswith('.pyc'):
                filename = filename[:-1]
        return self._parser.get_doctest(docstring, globs, name, filename, lineno)

    def _find_lineno(self, obj, source_lines):
        """The 0-based line of `obj`'s docstring in its source, or None."""
        lineno = None
        has_doc = getattr(obj, '__doc__', None) is not None
        if inspect.ismodule(obj) and has_doc:
            lineno = 0
        if inspect.isclass(obj) and has_doc:
            if source_lines is None:
                return None
            pattern = re.compile(r'^\s*class\s*%s\b' % re.escape(getattr(obj, '__name__', '-')))
            for i, line in enumerate(source_lines):
                if pattern.match(line):
                    lineno = i
                    break
        if inspect.ismethod(obj):
            obj = obj.__func__
        if inspect.isfunction(obj) and getattr(obj, '__doc__', None):
            obj = obj.__code__
        if inspect.istraceback(obj):
            obj = obj.tb_frame
        if inspect.isframe(obj):
            obj = obj.f_code
        if inspect.iscode(obj):
            lineno = obj.co_firstlineno - 1
        if lineno is None:
            return None
        if source_lines is None:
            return lineno + 1
        for i in range(lineno, len(source_lines)):
            if _DOCSTRING_START.match(source_lines[i]):
                return i
        return None


# ---- output checking --------------------------------------------------------------------------

class OutputChecker:
    """Compares an example's actual output with the expected one, under the option flags."""

    def _to_str(self, s, charset='ASCII'):
        return str(s, charset) if isinstance(s, bytes) else s

    def check_output(self, want, got, optionflags):
        want = self._to_str(want)
        got = self._to_str(got)
        if got == want:
            return True
        if not optionflags & DONT_ACCEPT_TRUE_FOR_1:
            if (got, want) in (("True\n", "1\n"), ("False\n", "0\n")):
                return True
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            want = re.sub(r'(?m)^%s\s*?$' % re.escape(BLANKLINE_MARKER), '', want)
            got = re.sub(r'(?m)^[^\S\n]+$', '', got)
            if got == want:
                return True
        if optionflags & NORMALIZE_WHITESPACE:
            got = ' '.join(got.split())
            want = ' '.join(want.split())
            if got == want:
                return True
        if optionflags & ELLIPSIS:
            if _ellipsis_match(want, got):
                return True
        return False

    def _do_a_fancy_diff(self, want, got, optionflags):
        if not optionflags & (REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF):
            return False
        if optionflags & REPORT_NDIFF:
            return True
        return want.count('\n') > 2 and got.count('\n') > 2

    def output_difference(self, example, got, optionflags):
        """The report text telling how `got` differs from `example`'s expected output."""
        want = self._to_str(example.want)
        got = self._to_str(got)
        if not optionflags & DONT_ACCEPT_BLANKLINE:
            got = re.sub(r'(?m)^[ ]*(?=\n)', BLANKLINE_MARKER, got)
        if self._do_a_fancy_diff(want, got, optionflags):
            want_lines = want.splitlines(keepends=True)
            got_lines = got.splitlines(keepends=True)
            if optionflags & REPORT_UDIFF:
                diff = list(difflib.unified_diff(want_lines, got_lines, n=2))[2:]
                kind = 'unified diff with -expected +actual'
            elif optionflags & REPORT_CDIFF:
                diff = list(difflib.context_diff(want_lines, got_lines, n=2))[2:]
                kind = 'context diff with expected followed by actual'
            else:
                engine = difflib.Differ(charjunk=difflib.IS_CHARACTER_JUNK)
                diff = list(engine.compare(want_lines, got_lines))
                kind = 'ndiff with -expected +actual'
            diff = [line.rstrip() + '\n' for line in diff]
            return 'Differences (%s):\n' % kind + _indent(''.join(diff))
        if want and got:
            return 'Expected:\n%sGot:\n%s' % (_indent(want), _indent(got))
        if want:
            return 'Expected:\n%sGot nothing\n' % _indent(want)
        if got:
            return 'Expected nothing\nGot:\n%s' % _indent(got)
        return 'Expected nothing\nGot nothing\n'


# ---- runner -----------------------------------------------------------------------------------

_DOCTEST_FILENAME = re.compile(r'<doctest (?P<name>.+)\[(?P<examplenum>\d+)\]>$')


class DocTestRunner:
    """Runs DocTests, reports their failures and keeps per-test statistics."""

    DIVIDER = '*' * 70

    def __init__(self, checker=None, verbose=None, optionflags=0):
        self._checker = checker or OutputChecker()
        if verbose is None:
            verbose = '-v' in sys.argv
        self._verbose = verbose
        self.optionflags = optionflags
        self.original_optionflags = optionflags
        self.tries = 0
        self.failures = 0
        self._name2ft = {}
        self._fakeout = _SpoofOut()

    # reporting

    def report_start(self, out, test, example):
        if self._verbose:
            if example.want:
                out('Trying:\n' + _indent(example.source) + 'Expecting:\n' +
                    _indent(example.want))
            else:
                out('Trying:\n' + _indent(example.source) + 'Expecting nothing\n')

    def report_success(self, out, test, example, got):
        if self._verbose:
            out("ok\n")

    def report_failure(self, out, test, example, got):
        out(self._failure_header(test, example) +
            self._checker.output_difference(example, got, self.optionflags))

    def report_unexpected_exception(self, out, test, example, exc_info):
        out(self._failure_header(test, example) + 'Exception raised:\n' +
            _indent(_exception_traceback(exc_info)))

    def _failure_header(self, test, example):
        lines = [self.DIVIDER]
        if test.filename:
            if test.lineno is not None and example.lineno is not None:
                lineno = test.lineno + example.lineno + 1
            else:
                lineno = '?'
            lines.append('File "%s", line %s, in %s' % (test.filename, lineno, test.name))
        else:
            lines.append('Line %s, in %s' % (example.lineno + 1, test.name))
        lines.append('Failed example:')
        lines.append(_indent(example.source))
        return '\n'.join(lines)

    # running

    def _run_examples(self, test, compileflags, out):
        failures = tries = 0
        original = self.optionflags
        check = self._checker.check_output
        for number, example in enumerate(test.examples):
            quiet = bool(self.optionflags & REPORT_ONLY_FIRST_FAILURE) and failures > 0
            self.optionflags = original
            for flag, on in example.options.items():
                if on:
                    self.optionflags |= flag
                else:
                    self.optionflags &= ~flag
            if self.optionflags & SKIP:
                continue
            tries += 1
            if not quiet:
                self.report_start(out, test, example)
            filename = '<doctest %s[%d]>' % (test.name, number)
            try:
                exec(compile(example.source, filename, "single", compileflags, True), test.globs)
                exception = None
            except KeyboardInterrupt:
                raise
            except BaseException:
                exception = sys.exc_info()
            got = self._fakeout.getvalue()
            self._fakeout.truncate(0)
            if exception is None:
                outcome = 'success' if check(example.want, got, self.optionflags) else 'failure'
            else:
                exc_msg = traceback.format_exception_only(*exception[:2])[-1]
                if not quiet:
                    got += _exception_traceback(exception)
                if example.exc_msg is None:
                    outcome = 'boom'
                elif check(example.exc_msg, exc_msg, self.optionflags):
                    outcome = 'success'
                elif (self.optionflags & IGNORE_EXCEPTION_DETAIL and
                      check(_strip_exception_details(example.exc_msg),
                            _strip_exception_details(exc_msg), self.optionflags)):
                    outcome = 'success'
                else:
                    outcome = 'failure'
            if outcome == 'success':
                if not quiet:
                    self.report_success(out, test, example, got)
            elif outcome == 'failure':
                if not quiet:
                    self.report_failure(out, test, example, got)
                failures += 1
            else:
                if not quiet:
                    self.report_unexpected_exception(out, test, example, exception)
                failures += 1
            if failures and self.optionflags & FAIL_FAST:
                break
        self.optionflags = original
        self._record_outcome(test, failures, tries)
        return TestResults(failures, tries)

    def _record_outcome(self, test, f, t):
        f2, t2 = self._name2ft.get(test.name, (0, 0))
        self._name2ft[test.name] = (f + f2, t + t2)
        self.failures += f
        self.tries += t

    def _patched_getlines(self, filename, module_globals=None):
        m = _DOCTEST_FILENAME.match(filename)
        if m and m.group('name') == self.test.name:
            example = self.test.examples[int(m.group('examplenum'))]
            return example.source.splitlines(keepends=True)
        return self.save_linecache_getlines(filename, module_globals)

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        """Run `test`'s examples, reporting through `out` (default: sys.stdout.write)."""
        self.test = test
        if compileflags is None:
            compileflags = _extract_future_flags(test.globs)
        save_stdout = sys.stdout
        if out is None:
            encoding = getattr(save_stdout, 'encoding', None)
            if encoding is None or encoding.lower() == 'utf-8':
                out = save_stdout.write
            else:
                def out(s):
                    save_stdout.write(str(s.encode(encoding, 'backslashreplace'), encoding))
        sys.stdout = self._fakeout
        self.save_linecache_getlines = linecache.getlines
        linecache.getlines = self._patched_getlines
        save_displayhook = sys.displayhook
        sys.displayhook = sys.__displayhook__
        try:
            return self._run_examples(test, compileflags, out)
        finally:
            sys.stdout = save_stdout
            linecache.getlines = self.save_linecache_getlines
            sys.displayhook = save_displayhook
            if clear_globs:
                test.globs.clear()
                import builtins
                builtins._ = None

    def summarize(self, verbose=None):
        """Print the totals of everything this runner ran; return TestResults."""
        if verbose is None:
            verbose = self._verbose
        empty, passed, failed = [], [], []
        total_tries = total_failures = 0
        for name, (f, t) in self._name2ft.items():
            total_tries += t
            total_failures += f
            if t == 0:
                empty.append(name)
            elif f == 0:
                passed.append((name, t))
            else:
                failed.append((name, (f, t)))
        if verbose:
            if empty:
                print(len(empty), "items had no tests:")
                for name in sorted(empty):
                    print("   ", name)
            if passed:
                print(len(passed), "items passed all tests:")
                for name, t in sorted(passed):
                    print(" %3d tests in %s" % (t, name))
        if failed:
            print(self.DIVIDER)
            print(len(failed), "items had failures:")
            for name, (f, t) in sorted(failed):
                print(" %3d of %3d in %s" % (f, t, name))
        if verbose:
            print(total_tries, "tests in", len(self._name2ft), "items.")
            print(total_tries - total_failures, "passed and", total_failures, "failed.")
        if total_failures:
            print("***Test Failed***", total_failures, "failures.")
        elif verbose:
            print("Test passed.")
        return TestResults(total_failures, total_tries)

    def merge(self, other):
        for name, (f, t) in other._name2ft.items():
            if name in self._name2ft:
                f2, t2 = self._name2ft[name]
                f, t = f + f2, t + t2
            self._name2ft[name] = (f, t)


class DocTestFailure(Exception):
    """An example's output differed from the expected one (raised by DebugRunner)."""

    def __init__(self, test, example, got):
        self.test = test
        self.example = example
        self.got = got

    def __str__(self):
        return str(self.test)


class UnexpectedException(Exception):
    """An example raised an exception it did not expect (raised by DebugRunner)."""

    def __init__(self, test, example, exc_info):
        self.test = test
        self.example = example
        self.exc_info = exc_info

    def __str__(self):
        return str(self.test)


class DebugRunner(DocTestRunner):
    """A runner that raises at the first failing example instead of reporting it."""

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        r = DocTestRunner.run(self, test, compileflags, out, False)
        if clear_globs:
            test.globs.clear()
        return r

    def report_unexpected_exception(self, out, test, example, exc_info):
        raise UnexpectedException(test, example, exc_info)

    def report_failure(self, out, test, example, got):
        raise DocTestFailure(test, example, got)


# ---- module-level entry points ----------------------------------------------------------------

master = None


def _keep_master(runner):
    global master
    if master is None:
        master = runner
    else:
        master.merge(runner)


def testmod(m=None, name=None, globs=None, verbose=None, report=True, optionflags=0,
            extraglobs=None, raise_on_error=False, exclude_empty=False):
    """Test the examples in the docstrings of module `m` (default: __main__)."""
    if m is None:
        m = sys.modules.get('__main__')
    if not inspect.ismodule(m):
        raise TypeError("testmod: module required; %r" % (m,))
    if name is None:
        name = m.__name__
    finder = DocTestFinder(exclude_empty=exclude_empty)
    runner_class = DebugRunner if raise_on_error else DocTestRunner
    runner = runner_class(verbose=verbose, optionflags=optionflags)
    for test in finder.find(m, name, globs=globs, extraglobs=extraglobs):
        runner.run(test)
    if report:
        runner.summarize()
    _keep_master(runner)
    return TestResults(runner.failures, runner.tries)


def testfile(filename, module_relative=True, name=None, package=None, globs=None, verbose=None,
             report=True, optionflags=0, extraglobs=None, raise_on_error=False,
             parser=DocTestParser(), encoding=None):
    """Test the examples in the text file `filename`."""
    if package and not module_relative:
        raise ValueError("Package may only be specified for module-relative paths.")
    text, filename = _load_testfile(filename, package, module_relative, encoding)
    if name is None:
        name = os.path.basename(filename)
    globs = {} if globs is None else globs.copy()
    if extraglobs is not None:
        globs.update(extraglobs)
    if '__name__' not in globs:
        globs['__name__'] = '__main__'
    runner_class = DebugRunner if raise_on_error else DocTestRunner
    runner = runner_class(verbose=verbose, optionflags=optionflags)
    test = parser.get_doctest(text, globs, name, filename, 0)
    runner.run(test)
    if report:
        runner.summarize()
    _keep_master(runner)
    return TestResults(runner.failures, runner.tries)


def run_docstring_examples(f, globs, verbose=False, name="NoName", compileflags=None,
                           optionflags=0):
    """Test the examples in `f`'s docstring (not those of the objects it contains)."""
    finder = DocTestFinder(verbose=verbose, recurse=False)
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(f, name, globs=globs):
        runner.run(test, compileflags=compileflags)


# ---- unittest integration ---------------------------------------------------------------------

_unittest_reportflags = 0


def set_unittest_reportflags(flags):
    """Set the reporting flags DocTestCases use when they have none; return the old ones."""
    global _unittest_reportflags
    if (flags & REPORTING_FLAGS) != flags:
        raise ValueError("Only reporting flags allowed", flags)
    old = _unittest_reportflags
    _unittest_reportflags = flags
    return old


class DocTestCase(unittest.TestCase):
    """A unittest test case running one DocTest."""

    def __init__(self, test, optionflags=0, setUp=None, tearDown=None, checker=None):
        unittest.TestCase.__init__(self)
        self._dt_optionflags = optionflags
        self._dt_checker = checker
        self._dt_globs = test.globs.copy() if test is not None else {}
        self._dt_test = test
        self._dt_setUp = setUp
        self._dt_tearDown = tearDown

    def setUp(self):
        if self._dt_setUp is not None:
            self._dt_setUp(self._dt_test)

    def tearDown(self):
        test = self._dt_test
        if self._dt_tearDown is not None:
            self._dt_tearDown(test)
        test.globs.clear()
        test.globs.update(self._dt_globs)

    def runTest(self):
        test = self._dt_test
        old = sys.stdout
        report = StringIO()
        optionflags = self._dt_optionflags
        if not optionflags & REPORTING_FLAGS:
            optionflags |= _unittest_reportflags
        runner = DocTestRunner(optionflags=optionflags, checker=self._dt_checker, verbose=False)
        try:
            runner.DIVIDER = "-" * 70
            failures, tries = runner.run(test, out=report.write, clear_globs=False)
        finally:
            sys.stdout = old
        if failures:
            raise self.failureException(self.format_failure(report.getvalue()))

    def format_failure(self, err):
        test = self._dt_test
        lineno = 'unknown line number' if test.lineno is None else '%s' % test.lineno
        lname = test.name.split('.')[-1]
        return ('Failed doctest test for %s\n  File "%s", line %s, in %s\n\n%s'
                % (test.name, test.filename, lineno, lname, err))

    def debug(self):
        self.setUp()
        runner = DebugRunner(optionflags=self._dt_optionflags, checker=self._dt_checker,
                             verbose=False)
        runner.run(self._dt_test, clear_globs=False)
        self.tearDown()

    def id(self):
        return self._dt_test.name

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self._dt_test == other._dt_test and
                self._dt_optionflags == other._dt_optionflags and
                self._dt_setUp == other._dt_setUp and
                self._dt_tearDown == other._dt_tearDown and
                self._dt_checker == other._dt_checker)

    def __hash__(self):
        return hash((self._dt_optionflags, self._dt_setUp, self._dt_tearDown, self._dt_checker))

    def __repr__(self):
        parts = self._dt_test.name.split('.')
        return "%s (%s)" % (parts[-1], '.'.join(parts[:-1]))

    __str__ = object.__str__

    def shortDescription(self):
        return "Doctest: " + self._dt_test.name


class SkipDocTestCase(DocTestCase):
    def __init__(self, module):
        self.module = module
        DocTestCase.__init__(self, None)

    def setUp(self):
        self.skipTest("DocTestSuite will not work with -O2 and above")

    def test_skip(self):
        pass

    def shortDescription(self):
        return "Skipping tests from %s" % self.module.__name__

    __str__ = shortDescription


class _DocTestSuite(unittest.TestSuite):
    def _removeTestAtIndex(self, index):
        pass


def DocTestSuite(module=None, globs=None, extraglobs=None, test_finder=None, **options):
    """A unittest suite with one DocTestCase per docstring of `module` that has examples."""
    if test_finder is None:
        test_finder = DocTestFinder()
    module = _normalize_module(module)
    tests = test_finder.find(module, globs=globs, extraglobs=extraglobs)
    if not tests and sys.flags.optimize >= 2:
        suite = _DocTestSuite()
        suite.addTest(SkipDocTestCase(module))
        return suite
    tests.sort()
    suite = _DocTestSuite()
    for test in tests:
        if len(test.examples) == 0:
            continue
        if not test.filename:
            filename = module.__file__
            if filename.endswith('.pyc'):
                filename = filename[:-1]
            test.filename = filename
        suite.addTest(DocTestCase(test, **options))
    return suite


class DocFileCase(DocTestCase):
    def id(self):
        return '_'.join(self._dt_test.name.split('.'))

    def __repr__(self):
        return self._dt_test.filename

    def format_failure(self, err):
        return ('Failed doctest test for %s\n  File "%s", line 0\n\n%s'
                % (self._dt_test.name, self._dt_test.filename, err))


def DocFileTest(path, module_relative=True, package=None, globs=None, parser=DocTestParser(),
                encoding=None, **options):
    globs = {} if globs is None else globs.copy()
    if package and not module_relative:
        raise ValueError("Package may only be specified for module-relative paths.")
    doc, path = _load_testfile(path, package, module_relative, encoding)
    if "__file__" not in globs:
        globs["__file__"] = path
    name = os.path.basename(path)
    test = parser.get_doctest(doc, globs, name, path, 0)
    return DocFileCase(test, **options)


def DocFileSuite(*paths, **kw):
    """A unittest suite with one DocFileCase per text file."""
    suite = _DocTestSuite()
    if kw.get('module_relative', True):
        kw['package'] = _normalize_module(kw.get('package'))
    for path in paths:
        suite.addTest(DocFileTest(path, **kw))
    return suite


# ---- scripts from examples --------------------------------------------------------------------

def script_from_examples(s):
    """The examples of `s` as a script: sources as code, everything else as comments."""
    output = []
    for piece in DocTestParser().parse(s):
        if isinstance(piece, Example):
            output.append(piece.source[:-1])
            want = piece.want
            if want:
                output.append('# Expected:')
                output += ['## ' + line for line in want.split('\n')[:-1]]
        else:
            output += [_comment_line(line) for line in piece.split('\n')[:-1]]
    while output and output[-1] == '#':
        output.pop()
    while output and output[0] == '#':
        output.pop(0)
    return '\n'.join(output) + '\n'


def testsource(module, name):
    """The script_from_examples() text of the docstring of `name` in `module`."""
    module = _normalize_module(module)
    tests = DocTestFinder().find(module)
    test = [t for t in tests if t.name == name]
    if not test:
        raise ValueError(name, "not found in tests")
    return script_from_examples(test[0].docstring)


def debug_src(src, pm=False, globs=None):
    raise NotImplementedError("doctest debugging needs pdb, which pyframe does not have")


def debug_script(src, pm=False, globs=None):
    raise NotImplementedError("doctest debugging needs pdb, which pyframe does not have")


def debug(module, name, pm=False):
    raise NotImplementedError("doctest debugging needs pdb, which pyframe does not have")


def _test():
    import argparse
    parser = argparse.ArgumentParser(description="doctest runner")
    parser.add_argument('-v', '--verbose', action='store_true', default=False,
                        help='print very verbose output for all tests')
    parser.add_argument('-o', '--option', action='append', choices=OPTIONFLAGS_BY_NAME.keys(),
                        default=[], help='specify a doctest option flag to apply to the test run;'
                        ' may be specified more than once to apply multiple options')
    parser.add_argument('-f', '--fail-fast', action='store_true',
                        help='stop running tests after first failure (this is a shorthand for'
                        ' -o FAIL_FAST, and is in addition to any other -o options)')
    parser.add_argument('file', nargs='+', help='file containing the tests to run')
    args = parser.parse_args()
    verbose = args.verbose
    options = 0
    for option in args.option:
        options |= OPTIONFLAGS_BY_NAME[option]
    if args.fail_fast:
        options |= FAIL_FAST
    for filename in args.file:
        if filename.endswith(".py"):
            dirname, filename = os.path.split(filename)
            sys.path.insert(0, dirname)
            m = __import__(filename[:-3])
            del sys.path[0]
            failures, _ = testmod(m, verbose=verbose, optionflags=options)
        else:
            failures, _ = testfile(filename, module_relative=False, verbose=verbose,
                                   optionflags=options)
        if failures:
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(_test())

"""Text wrapping and filling.
"""

# pyframe's textwrap: the text is cut into chunks (words, hyphenated word parts and runs of
# whitespace) by the same regular expressions as CPython's, and the chunks are packed into
# lines by the same greedy algorithm, so the results agree line for line.

import re

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\t\n\x0b\x0c\r '


class TextWrapper:
    """Wraps and fills text (wrap() and fill()); the other methods are steps that subclasses
    may override. The attributes:

      width (70): the maximum line width (lines may be longer when break_long_words is false)
      initial_indent (""), subsequent_indent (""): prefixes of the first and the other lines,
        counted in the width
      expand_tabs (True), tabsize (8): expand tabs first
      replace_whitespace (True): turn every whitespace character into a space
      fix_sentence_endings (False): two spaces after sentence-ending punctuation
      break_long_words (True): cut words longer than the width
      break_on_hyphens (True): allow breaks after the hyphens of compound words
      drop_whitespace (True): drop whitespace at the start and end of lines
      max_lines (None), placeholder (' [...]'): truncate to this many lines, ending with
        the placeholder
    """

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    # word-ish punctuation, letters (not digits), whitespace and non-whitespace classes
    _wp = r'[\w!"\'&.,?]'
    _lt = r'[^\d\W]'
    _ws = r'[%s]' % re.escape(_whitespace)
    _nws = '[^' + _ws[1:]
    wordsep_re = re.compile(r'''
        ( # a run of whitespace
          %(ws)s+
        | # an em-dash between words
          (?<=%(wp)s) -{2,} (?=\w)
        | # a word, cut after the hyphens of compound words
          %(nws)s+? (?:
              -(?: (?<=%(lt)s{2}-) | (?<=%(lt)s-%(lt)s-))
              (?= %(lt)s -? %(lt)s)
            | # the end of the word
              (?=%(ws)s|\Z)
            | # before an em-dash
              (?<=%(wp)s) (?=-{2,}\w)
            )
        )''' % {'wp': _wp, 'lt': _lt, 'ws': _ws, 'nws': _nws},
        re.VERBOSE)
    wordsep_simple_re = re.compile(r'(%s+)' % _ws)
    del _wp, _lt, _nws, _ws

    # a lowercase letter, sentence-ending punctuation, maybe a closing quote, at the end
    sentence_end_re = re.compile(r'[a-z]'
                                 r'[\.\!\?]'
                                 r'[\"\']?'
                                 r'\Z')

    def __init__(self,
                 width=70,
                 initial_indent="",
                 subsequent_indent="",
                 expand_tabs=True,
                 replace_whitespace=True,
                 fix_sentence_endings=False,
                 break_long_words=True,
                 drop_whitespace=True,
                 break_on_hyphens=True,
                 tabsize=8,
                 *,
                 max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    # -- the steps --------------------------------------------------------

    def _munge_whitespace(self, text):
        """Expands tabs and turns other whitespace into spaces (as configured)."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        """The indivisible chunks of text: words (or hyphenated word parts) and whitespace."""
        if self.break_on_hyphens is True:
            chunks = self.wordsep_re.split(text)
        else:
            chunks = self.wordsep_simple_re.split(text)
        return [c for c in chunks if c]

    def _fix_sentence_endings(self, chunks):
        """Makes the single space after a sentence end two spaces."""
        i = 0
        ends_sentence = self.sentence_end_re.search
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Places (part of) a chunk too long for any line."""
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            # prefer to cut after a hyphen that fits
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            # a line of its own, overlong
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        """Packs chunks greedily into lines of at most self.width columns."""
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")

        # the chunks in reverse, so that the next one is popped from the end
        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)

            # whitespace at the start of a line (not the first) is dropped
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]

            while chunks:
                length = len(chunks[-1])
                if cur_len + length > width:
                    break
                cur_line.append(chunks.pop())
                cur_len += length

            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))

            # whitespace at the end of the line is dropped
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]

            if not cur_line:
                continue
            fits = (self.max_lines is None
                    or len(lines) + 1 < self.max_lines
                    or ((not chunks
                         or self.drop_whitespace and len(chunks) == 1 and not chunks[0].strip())
                        and cur_len <= width))
            if fits:
                lines.append(indent + ''.join(cur_line))
                continue
            # the last line allowed: end it with the placeholder
            while cur_line:
                if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                    cur_line.append(self.placeholder)
                    lines.append(indent + ''.join(cur_line))
                    break
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            else:
                if lines:
                    prev_line = lines[-1].rstrip()
                    if len(prev_line) + len(self.placeholder) <= self.width:
                        lines[-1] = prev_line + self.placeholder
                        break
                lines.append(indent + self.placeholder.lstrip())
            break
        return lines

    def _split_chunks(self, text):
        text = self._munge_whitespace(text)
        return self._split(text)

    # -- the interface ----------------------------------------------------

    def wrap(self, text):
        """The lines (a list) of the single paragraph text wrapped to self.width."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """The single paragraph text wrapped to self.width, as one string."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wraps a single paragraph into lines of at most width columns (a list); keyword
    arguments are TextWrapper's."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Wraps a single paragraph into lines of at most width columns, joined with newlines."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapses the whitespace of text and truncates it to width, ending with a
    placeholder (' [...]') when words had to be dropped."""
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


# -- dedent and indent ------------------------------------------------------

_whitespace_only_re = re.compile('^[ \t]+$', re.MULTILINE)
_leading_whitespace_re = re.compile('(^[ \t]*)(?:[^ \t\n])', re.MULTILINE)


def dedent(text):
    """Removes the leading whitespace common to every line of text (blank lines become
    empty). Tabs and spaces are both whitespace but are not equal to each other."""
    text = _whitespace_only_re.sub('', text)
    margin = None
    for indent in _leading_whitespace_re.findall(text):
        if margin is None:
            margin = indent
        elif indent.startswith(margin):
            pass
        elif margin.startswith(indent):
            margin = indent
        else:
            # the longest common prefix
            common = 0
            for x, y in zip(margin, indent):
                if x != y:
                    break
                common += 1
            margin = margin[:common]
    if margin:
        text = re.sub(r'(?m)^' + margin, '', text)
    return text


def indent(text, prefix, predicate=None):
    """Adds prefix to the lines of text for which predicate(line) is true (by default, the
    lines that are not just whitespace)."""
    if predicate is None:
        def predicate(line):
            return line.strip()
    return ''.join(prefix + line if predicate(line) else line
                   for line in text.splitlines(True))

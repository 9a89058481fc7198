# The shlex.shlex class: default attributes, get_token/push_token, non-POSIX and POSIX
# modes, punctuation_chars, whitespace_split, custom character sets, lineno, error_leader,
# source inclusion through sourcehook, push_source/pop_source and debug output.
import shlex
import io


def tokens(lex, limit=60):
    out = []
    try:
        for _ in range(limit):
            t = lex.get_token()
            out.append(t)
            if t == lex.eof:
                break
    except ValueError as e:
        out.append('ValueError: %s' % e)
    return out


lex = shlex.shlex('x')
for attr in ['infile', 'posix', 'eof', 'commenters', 'wordchars', 'whitespace',
             'whitespace_split', 'quotes', 'escape', 'escapedquotes', 'state', 'pushback',
             'lineno', 'debug', 'token', 'filestack', 'source', 'punctuation_chars']:
    print(attr, repr(getattr(lex, attr)))
p = shlex.shlex('x', posix=True, punctuation_chars=True)
print(repr(p.eof), repr(p.wordchars), repr(p.punctuation_chars))
print(repr(shlex.shlex('', punctuation_chars='~;').wordchars))
print(repr(shlex.shlex('', punctuation_chars='').punctuation_chars),
      repr(shlex.shlex('', punctuation_chars=None).punctuation_chars))
try:
    p.punctuation_chars = '|'
except AttributeError:
    print('punctuation_chars is read-only')
print(shlex.shlex().instream is __import__('sys').stdin, shlex.shlex().infile)
s = io.StringIO('from a stream')
print(shlex.shlex(s, infile='f.txt').instream is s, list(shlex.shlex(s)))

print('modes')
texts = ['ls -l | grep "a b" > out.txt', "a='b c'd # comment\nnext line",
         'foo(bar);baz&&qux||x>>y<<z', 'a\\ b "c\\"d" \'e\\\'', 'é.ß/x-y ~home *.py?=1',
         'one\ntwo\n\nthree # c\nfour', 'a#b', '"" \'\' x', 'x;;;y (( ))', '12.5e3 + 4']
for text in texts:
    print(repr(text))
    for posix in (False, True):
        for ws in (False, True):
            for punct in (False, True):
                lex = shlex.shlex(text, posix=posix, punctuation_chars=punct)
                lex.whitespace_split = ws
                print('  posix=%d ws=%d punct=%d' % (posix, ws, punct), tokens(lex), lex.lineno)

print('iteration')
print(list(shlex.shlex('a b "c d"')), list(shlex.shlex('a b "c d"', posix=True)))
lex = shlex.shlex('one two')
print(next(lex), next(iter(lex)), iter(lex) is lex)
try:
    next(lex)
except StopIteration:
    print('StopIteration', repr(lex.get_token()), repr(lex.get_token()))
lex = shlex.shlex('x', posix=True)
print(lex.get_token(), lex.get_token(), lex.get_token())

print('push_token')
lex = shlex.shlex('a b c')
print(lex.get_token())
lex.push_token('X')
lex.push_token('Y')
print(tokens(lex), list(lex.pushback))
lex.push_token('after-eof')
print(tokens(lex))

print('custom character sets')
lex = shlex.shlex('key=value; other:thing', posix=True)
lex.wordchars += '=:'
print(tokens(lex))
lex = shlex.shlex('a,b,,c', posix=True)
lex.whitespace = ','
lex.whitespace_split = True
print(tokens(lex))
lex = shlex.shlex('a %comment\nb # not', posix=True)
lex.commenters = '%'
print(tokens(lex))
lex = shlex.shlex('a |b c| [d e]', posix=True)
lex.quotes = '|['
print(tokens(lex))
lex = shlex.shlex('a ^"b^^ c^"d', posix=True)
lex.escape = '^'
print(tokens(lex))
lex = shlex.shlex("'a\\'b' \"a\\\"b\"", posix=True)
lex.escapedquotes = '\'"'
print(tokens(lex))
lex = shlex.shlex('"a\\"b" \'c\\d\'', posix=True)
lex.escapedquotes = ''
print(tokens(lex))

print('errors and lineno')
for text in ['"abc', "x 'abc", 'abc\\', 'a\nb\n"c\nd']:
    for posix in (False, True):
        lex = shlex.shlex(text, posix=posix)
        print(repr(text), posix, tokens(lex), lex.lineno, lex.error_leader())
lex = shlex.shlex('a\nb\nc', infile='input.cfg')
print(tokens(lex), lex.error_leader(), lex.error_leader('other', 7), lex.error_leader(lineno=3))

print('source inclusion')


class Lexer(shlex.shlex):
    files = {'inc1': 'i1a i1b\nsource inc2 i1c', 'inc2': 'deep', '"quoted name"': 'q'}

    def sourcehook(self, newfile):
        print('  sourcehook(%r) infile=%r' % (newfile, self.infile))
        return (newfile, io.StringIO(self.files[newfile]))


lex = Lexer('start source inc1 middle source "quoted name" end', infile='main')
lex.source = 'source'
out = []
while True:
    t = lex.get_token()
    out.append((t, lex.infile, lex.lineno))
    if t == lex.eof:
        break
print(out)

lex = shlex.shlex('a b', infile='outer')
lex.push_source('p q', 'inner')
print(lex.infile, len(lex.filestack), tokens(lex), lex.infile, len(lex.filestack))
lex = shlex.shlex('a b')
lex.push_source(io.StringIO('s1'))
print(lex.get_token(), lex.get_token(), lex.get_token(), lex.get_token())
lex = shlex.shlex('a b')
lex.push_source('x')
print(lex.get_token())
lex.pop_source()
print(lex.get_token(), lex.state)
try:
    lex.pop_source()
except IndexError as e:
    print('IndexError:', e)

print('default sourcehook')
lex = shlex.shlex('', infile='/some/dir/main.cfg')
try:
    lex.sourcehook('"missing_file_for_shlex_test"')
except OSError as e:
    print(type(e).__name__, e.filename)
lex = shlex.shlex('')
try:
    lex.sourcehook('missing_file_for_shlex_test')
except OSError as e:
    print(type(e).__name__, e.filename)

print('debug')
lex = shlex.shlex('ab "c d" e;f', posix=True)
lex.debug = 3
print(tokens(lex))
lex = shlex.shlex('x y', punctuation_chars=True)
lex.debug = 1
lex.push_token('t')
print(tokens(lex))
lex = shlex.shlex('a\\', posix=True)
lex.debug = 2
print(tokens(lex))
lex = shlex.shlex('"a', posix=True)
lex.debug = 2
print(tokens(lex))


class Stream(io.StringIO):
    def __init__(self, text, name):
        super().__init__(text)
        self.name = name

    def __repr__(self):
        return '<stream %s>' % self.name

    def close(self):
        if not self.closed:
            print('closing', self.name)
        super().close()


lex = shlex.shlex(Stream('a', 'outer'), infile='outer')
lex.debug = 1
lex.push_source(Stream('b', 'inner'), 'inner')
lex.push_source(Stream('c', 'inner2'))
print(tokens(lex))
lex.instream.close()

# shlex.split, shlex.quote and shlex.join: POSIX and non-POSIX splitting, quotes, escapes,
# comments, errors, and quote/join round trips.
import shlex

print(shlex.__all__)


def show(label, fn, *args, **kw):
    try:
        r = fn(*args, **kw)
    except Exception as e:
        print('%s -> %s: %s' % (label, type(e).__name__, e))
    else:
        print('%s -> %r' % (label, r))


lines = [
    '', '   ', 'a b  c', '  leading and trailing  ', 'tab\tsep\nnew\rline',
    'echo "hello world"', "echo 'hello world'", 'a"b c"d', "a'b c'd", '"a" "" \'\' b',
    '""', "''", '"" ""', 'x="1 2" y=3', r'a\ b', r'a\\b', r'"a\"b"', r"'a\'b", r'"a\b"',
    r'"a\\b"', r"'a\\b'", r'\"', r"\'", 'a\\\nb', '"multi\nline"', "it's", '"unterminated',
    "'unterminated", 'trailing\\', '"esc at end\\', 'ls -la /tmp/*.txt | grep foo > out',
    'a;b&&c||d', 'cmd # comment here', 'cmd#notcomment', "a 'b # c' d", '#only comment',
    'x # c1\ny # c2', 'éß àb ÿ', 'a$b `c` $(d)', '"$HOME" \'$HOME\'', 'a\x00b',
    '--opt=value --flag -x', '"nested \'single\' quotes"', "'nested \"double\" quotes'",
    '"a"\'b\'c', 'weird\\ \\ spaces',
]
for s in lines:
    show('split(%r)' % s, shlex.split, s)
    show('split(%r, comments=True)' % s, shlex.split, s, comments=True)
    show('split(%r, posix=False)' % s, shlex.split, s, posix=False)
    show('split(%r, True, False)' % s, shlex.split, s, True, False)

show('split(b"a b")', shlex.split, b'a b')
show('split(123)', shlex.split, 123)

print('quote')
for s in ['', 'abc', 'a b', "it's", 'a"b', 'safe@%+=:,./-_chars', 'x*y', '$HOME', 'tab\t',
          'new\nline', "''", 'é', '123', '-', '~user', 'a!b', 'back\\slash', ';', 'a' * 5]:
    q = shlex.quote(s)
    print(repr(s), '->', q, shlex.split(q) == [s])
show('quote(None)', shlex.quote, None)
show('quote(b"a")', shlex.quote, b'a b')
show('quote(b"")', shlex.quote, b'')
show('quote(3)', shlex.quote, 3)

print('join')
for parts in [[], ['a'], ['ls', '-l', 'my file.txt'], ['echo', "it's", '"q"', ''],
              ['a b', 'c;d', '$x', 'é']]:
    j = shlex.join(parts)
    print(parts, '->', j, shlex.split(j) == parts)
show('join("ab")', shlex.join, 'ab')
show('join([1])', shlex.join, [1])
show('join(None)', shlex.join, None)

# string: constants, capwords, Template (substitute/safe_substitute/errors/subclasses), Formatter
import string
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits, repr(string.whitespace), string.punctuation, repr(string.printable))
print(string.capwords(' hello   world  foo '), string.capwords('a-b-c', '-'), string.__all__)
t = string.Template('$who likes ${what}, $$5 and $who')
print(t.substitute(who='tim', what='kung pao'), t.substitute({'who': 'a', 'what': 'b'}, what='c'), t.safe_substitute(who='x'), t.get_identifiers(), t.is_valid())
for bad in ['$', 'ok $1', 'line1\n  $!']:
    try: string.Template(bad).substitute()
    except ValueError as e: print(e)
    print(string.Template(bad).safe_substitute(), string.Template(bad).is_valid())
try: t.substitute(who='x')
except KeyError as e: print('KeyError', e)
class MyT(string.Template):
    delimiter = '%'
    idpattern = '[a-z]+'
print(MyT('%x and %%').substitute(x=1), MyT.pattern.pattern != string.Template.pattern.pattern)
class BT(string.Template):
    braceidpattern = r'[a-z ]+'
print(BT('${a b} $c').substitute({'a b': 1, 'c': 2}))
f = string.Formatter()
print(f.format('{0} {1!r} {x:>5} {y[0]} {z.real}', 'a', 'b', x='c', y=[1], z=3j), f.format('{} {}', 1, 2), f.vformat('{a:{w}}', (), {'a': 3, 'w': 4}))
print(list(f.parse('a{0!r:>{w}}b{{c}}')), f.get_field('0.real', (5,), {}))
for bad in [lambda: f.format('{} {0}', 1), lambda: f.format('{0} {}', 1), lambda: f.format('{!x}', 1), lambda: f.format('{', 1), lambda: f.format('{a}'), lambda: f.format('{:{:{}}}', 1, 2, 3)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
class Upper(string.Formatter):
    def format_field(self, value, spec): return super().format_field(value, spec).upper()
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs: return '<' + key + '>'
        return super().get_value(key, args, kwargs)
print(Upper().format('{0} {missing} {n:x}', 'hi', n=255))
import _string
print(list(_string.formatter_parser('x{a.b[1]:3}')), _string.formatter_field_name_split('a.b[1]')[0])

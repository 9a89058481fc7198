# textwrap: wrap/fill options, max_lines/placeholder, shorten, dedent, indent
import textwrap
s = "The quick brown fox jumps over the lazy dog. Some well-known compound-words and an em--dash; supercalifragilisticexpialidocious words too.  Tabs\there\tand\nnewlines."
for w in [10, 15, 20, 33, 70]:
    print(textwrap.wrap(s, w))
print(textwrap.fill(s, 25, initial_indent='* ', subsequent_indent='  '))
print(textwrap.wrap(s, 12, break_long_words=False), textwrap.wrap(s, 12, break_on_hyphens=False))
print(textwrap.wrap("a-b-c-d-e-f-g-h", 4), textwrap.wrap("---------", 4), textwrap.wrap("aaa-bbb-ccc", 5))
print(textwrap.wrap(s, 20, max_lines=3), textwrap.wrap(s, 20, max_lines=2, placeholder='...'), textwrap.wrap("hello", 10, max_lines=1))
print(textwrap.shorten("Hello  world!", width=12), textwrap.shorten("Hello  world!", width=11), textwrap.shorten("The quick brown fox", 10, placeholder='~'))
print(textwrap.wrap("Hi there.  How are you? Fine.", 30, fix_sentence_endings=True), textwrap.wrap("Dr. Who. Yes", 40, fix_sentence_endings=True))
print(textwrap.wrap("  leading and trailing  ", 10), textwrap.wrap("  leading and trailing  ", 10, drop_whitespace=False))
print(textwrap.wrap("a\tb\tc", 20, expand_tabs=False), textwrap.wrap("a\tb", 20, tabsize=4), textwrap.wrap("x\ny", 20, replace_whitespace=False))
print(repr(textwrap.dedent("    a\n      b\n\n    c\n")), repr(textwrap.dedent("\ta\n    b")), repr(textwrap.dedent("  x\n   \n  y")), repr(textwrap.dedent("no indent\n  x")))
print(repr(textwrap.indent("a\n\n  b\n", "> ")), repr(textwrap.indent("a\nb", "+", lambda l: True)))
for bad in [lambda: textwrap.wrap("x", 0), lambda: textwrap.wrap("hello world", 5, max_lines=1, placeholder='[too long]')]:
    try: print(bad())
    except ValueError as e: print(e)
print(textwrap.wrap("", 10), textwrap.fill("", 10), textwrap.wrap("   ", 10))
tw = textwrap.TextWrapper(width=18, max_lines=2, placeholder=' (more)')
print(tw.wrap("one two three four five six seven eight"), tw.fill("short"))
print(textwrap.TextWrapper()._split("Look, goof-ball -- use the -b option!"))
print(textwrap.wrap("Ünïcödé wörds ärë hërë tóó", 10))

import difflib

a = "one two three four five six seven eight nine ten".split()
b = "zero one tree four five six eight nine ten eleven".split()
s = difflib.SequenceMatcher(None, a, b)
print(s.get_matching_blocks())
print(s.get_opcodes())
print(list(s.get_grouped_opcodes(1)))
print(round(s.ratio(), 6), round(s.quick_ratio(), 6), round(s.real_quick_ratio(), 6))
print(s.find_longest_match(0, 5, 0, 5))
s = difflib.SequenceMatcher(lambda x: x == " ", "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(s.ratio(), 3), s.get_opcodes())
s = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(s.get_matching_blocks(), s.get_opcodes())
# autojunk: popular elements in a long b
b = "a" * 150 + "b" * 100
s = difflib.SequenceMatcher(None, "ab" * 10, b)
print(s.get_matching_blocks()[:3], sorted(s.bpopular))
s = difflib.SequenceMatcher(None, "ab" * 10, b, autojunk=False)
print(s.get_matching_blocks()[:3])
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy"]))
print(difflib.get_close_matches("wheel", ["while", "wheeler", "whale", "wheat"], n=2, cutoff=0.5))
try:
    difflib.get_close_matches("x", [], n=0)
except ValueError as e:
    print(e)
t1 = """  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
""".splitlines(keepends=True)
t2 = """  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
""".splitlines(keepends=True)
print("".join(difflib.ndiff(t1, t2)), end="")
print("".join(difflib.Differ().compare(t1, t2)), end="")
diff = list(difflib.ndiff(t1, t2))
print("".join(difflib.restore(diff, 1)) == "".join(t1), "".join(difflib.restore(diff, 2)) == "".join(t2))
print("".join(difflib.unified_diff(t1, t2, "a.txt", "b.txt", "2020", "2021")), end="")
print("".join(difflib.context_diff(t1, t2, "a.txt", "b.txt")), end="")
print(list(difflib.unified_diff(["a"], ["b"], lineterm="")))
lines1 = [f"line {i}\n" for i in range(30)]
lines2 = list(lines1)
lines2[5] = "changed 5\n"
lines2[20:22] = ["new\n"]
print("".join(difflib.unified_diff(lines1, lines2, n=2)), end="")
print("".join(difflib.context_diff(lines1, lines2, n=1)), end="")
print("".join(difflib.ndiff(["one\n", "two\n", "three\n"], ["ore\n", "tree\n", "emu\n"])), end="")
print("".join(difflib.ndiff(["\tabc x\n"], ["\tabd x\n"])), end="")
print(list(difflib.diff_bytes(difflib.unified_diff, [b"a\n"], [b"b\n"], b"x", b"y")))
try:
    list(difflib.unified_diff([1], [2]))
except TypeError as e:
    print(e)
print(difflib.IS_LINE_JUNK("  #  \n"), difflib.IS_LINE_JUNK(" x"), difflib.IS_CHARACTER_JUNK(" "), difflib.IS_CHARACTER_JUNK("x"))
# many near-identical lines (the Differ's fancy replace)
x = [f"item {i} value {i * 3}\n" for i in range(12)]
y = [f"item {i} value {i * 3 + (i % 4 == 0)}\n" for i in range(12)]
print("".join(difflib.ndiff(x, y)), end="")

# compile-time errors of match statements (compiler_pattern_* and the pattern grammar)
for src in ["match x:\n case {'a': 1, 'a': 2}: pass", "match x:\n case 1 | {1: 1, 1.0: 2}: pass", "match x:\n case {True: 1, 1: 2}: pass",
            "match x:\n case {-1: 1, -1.0: 2}: pass", "match x:\n case {1+2j: 1, 1+2j: 0}: pass", "match x:\n case {0j: 1, 0: 0}: pass", "match x:\n case {b'x': 1, 'x': 0, b'x': 2}: pass",
            "match x:\n case {None: 1, None: 2}: pass", "match x:\n case {'a': 1, **_}: pass", "match x:\n case {f(): 1}: pass",
            "match x:\n case C(a=1, a=2): pass", "match x:\n case C(a=1, b=2, a=3): pass", "match x:\n case C(1, a=1, 2): pass", "match x:\n case [*a, *b]: pass",
            "match x:\n case a | b: pass", "match x:\n case [a, a]: pass", "match x:\n case {'k': a, 'j': a}: pass", "match x:\n case C(a, b=a): pass",
            "match x:\n case a: pass\n case 1: pass", "match x:\n case _: pass\n case 1: pass", "match x:\n case (a | b) if a: pass", "match x:\n case [a] | (b,): pass",
            "match x:\n case 1 | a | 2: pass", "match x:\n case a as b: pass", "match x:\n case 1 as _: pass", "match x:\n case 1 as a.b: pass",
            "match x:\n case f(): pass", "match x:\n case 1 + 1: pass", "match x:\n case -a: pass", "match x:\n case {**a, **b}: pass",
            "match x:\n case a.b(): pass\n case x: pass\n case y: pass", "match x:\n case [a, *_, b] | [a, b]: pass", "match x:\n case {'a': a} | {'b': b}: pass",
            "match x:\n case (x := 1): pass", "match x:\n case f'x': pass", "match x:\n case 1j: pass", "match x:\n case 1 + 2: pass"]:
    try:
        compile(src, "<case>", "exec")
        print("ok", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)

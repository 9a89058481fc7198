"""Regenerates the goldens of the parser's own corpus (src/parser/tests/corpus) from CPython 3.11.

valid/NAME.py   -> valid/NAME.ast : what `python3 -m ast -a NAME.py` prints (type comments on)
invalid/NAME.py -> invalid/NAME.err : JSON [class, msg, lineno, offset, end_lineno, end_offset]
                   invalid/NAME.stderr : the end of `python3 -m ast NAME.py`'s traceback, from the
                   last `  File "NAME.py"` line (the frames above it name CPython's own files)
modes.cases.json -> modes.expected.json : [mode, source] pairs parsed with ast.parse(mode=...):
                   the include_attributes dump, or the SyntaxError as above
Run: python3 scripts/gen-parser-goldens.py
"""
import ast
import json
import os
import subprocess
import sys

assert sys.version_info[:2] == (3, 11), "generate from CPython 3.11"

ROOT = os.path.join(os.path.dirname(__file__), "..", "src", "parser", "tests", "corpus")

for kind in ("valid", "invalid"):
    folder = os.path.join(ROOT, kind)
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".py"):
            continue
        path = os.path.join(folder, name)
        with open(path, "rb") as f:
            source = f.read()
        try:
            tree = ast.parse(source, name, type_comments=True)
            out, ext = ast.dump(tree, include_attributes=True, indent=3) + "\n", ".ast"
            if kind == "invalid":
                sys.exit(f"{path}: CPython parses it; move it to valid/")
        except SyntaxError as e:
            if kind == "valid":
                sys.exit(f"{path}: CPython rejects it: {e!r}")
            out = json.dumps([type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset], ensure_ascii=False) + "\n"
            ext = ".err"
        with open(path[:-3] + ext, "w", encoding="utf-8") as f:
            f.write(out)
        if kind == "invalid":
            r = subprocess.run([sys.executable, "-m", "ast", name], cwd=folder, capture_output=True)
            err = r.stderr.decode("utf-8")
            tail = err[err.rindex('  File "' + name + '"'):]
            with open(path[:-3] + ".stderr", "w", encoding="utf-8") as f:
                f.write(tail)

with open(os.path.join(ROOT, "modes.cases.json"), encoding="utf-8") as f:
    cases = json.load(f)
expected = []
for mode, source in cases:
    try:
        expected.append(ast.dump(ast.parse(source, mode=mode, type_comments=True), include_attributes=True))
    except SyntaxError as e:
        expected.append([type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset])
with open(os.path.join(ROOT, "modes.expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, indent=0, ensure_ascii=False)
    f.write("\n")

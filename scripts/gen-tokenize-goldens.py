"""Regenerates the goldens of `pyframe -m tokenize` (cli/tests/tokenize) from CPython 3.11's
`python3 -m tokenize`: for every program of the parser's corpus (src/parser/tests/corpus/valid) and
of cli/tests/tokenize, NAME.tokens (stdout), NAME.exact (stdout of -e) and NAME.stderr with the
exit status on its first line.
Run: python3 scripts/gen-tokenize-goldens.py
"""
import os
import subprocess
import sys

assert sys.version_info[:2] == (3, 11), "generate from CPython 3.11"

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "cli", "tests", "tokenize")
SOURCES = [os.path.join(HERE, "..", "src", "parser", "tests", "corpus", "valid"), OUT]

for folder in SOURCES:
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".py"):
            continue
        stem = os.path.join(OUT, name[:-3])
        for flag, ext in (([], ".tokens"), (["-e"], ".exact")):
            r = subprocess.run([sys.executable, "-m", "tokenize", *flag, name], cwd=folder, capture_output=True)
            with open(stem + ext, "wb") as f:
                f.write(r.stdout)
            with open(stem + ".stderr", "wb") as f:
                f.write(f"{r.returncode}\n".encode() + r.stderr)

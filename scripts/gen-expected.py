#!/usr/bin/env python3
"""Produces the expected results of conformance cases by running them under CPython 3.11.

For every tests/conformance/**/*.py case (or the paths given), runs the real python3 binary twice,
with PYTHONHASHSEED=0 and PYTHONHASHSEED=4242, in the case's directory, and writes
<case>.expected.json: {"stdout", "exit_code", "stderr_last_line"}. A case whose results differ
between the two runs depends on hash randomisation (or on addresses, time, ...) and is rejected:
its expected file is not written and the script exits 1.

The absolute path of tests/conformance is written as "<conformance>" (the harness does the same
with pyframe's output), so cases that print their own paths pass in any checkout.

Usage: scripts/gen-expected.py [--missing] [PATH ...]
"""
import json
import os
import subprocess
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "conformance")
PYTHON = sys.executable  # the real binary, not a shim


def last_line(text):
    lines = [l for l in text.splitlines() if l.strip()]
    return lines[-1] if lines else ""


def portable(text):
    for root in {os.path.realpath(ROOT), os.path.abspath(ROOT)}:
        text = text.replace(root, "<conformance>")
    return text


def run(case, seed):
    env = dict(os.environ, PYTHONHASHSEED=str(seed), PYTHONIOENCODING="utf-8")
    env.pop("PYTHONWARNINGS", None)
    p = subprocess.run([PYTHON, os.path.basename(case)], cwd=os.path.dirname(case), env=env,
                       capture_output=True, timeout=60, stdin=subprocess.DEVNULL)
    return {
        "stdout": portable(p.stdout.decode("utf-8", "replace")),
        "exit_code": p.returncode,
        "stderr_last_line": portable(last_line(p.stderr.decode("utf-8", "replace"))),
    }


def cases(paths):
    if not paths:
        paths = [ROOT]
    for p in paths:
        if os.path.isdir(p):
            for d, dirs, files in os.walk(p):
                dirs[:] = sorted(x for x in dirs if not x.startswith(("_", ".")))
                for f in sorted(files):
                    if f.endswith(".py") and not f.startswith("_"):
                        yield os.path.abspath(os.path.join(d, f))
        elif p.endswith(".py"):
            yield os.path.abspath(p)


def main(argv):
    missing_only = "--missing" in argv
    paths = [a for a in argv if not a.startswith("--")]
    assert sys.version_info[:2] == (3, 11), "expected outputs must come from CPython 3.11"
    rejected = 0
    written = 0
    for case in cases(paths):
        out = case[:-3] + ".expected.json"
        if missing_only and os.path.exists(out):
            continue
        a = run(case, 0)
        b = run(case, 4242)
        if a != b:
            print(f"REJECTED (output varies between runs): {case}", file=sys.stderr)
            rejected += 1
            continue
        with open(out, "w", encoding="utf-8") as fh:
            json.dump(a, fh, indent=1, ensure_ascii=False)
            fh.write("\n")
        written += 1
    print(f"{written} expected files written, {rejected} rejected")
    return 1 if rejected else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

#!/usr/bin/env python3
"""Runs the conformance cases through a pyframe command (the built CLI, as users run it) and
compares stdout, exit code and the last stderr line with the expected files.

Usage: scripts/conf-cli.py [--impl "node dist/pyframe.mjs"] [-j N] [paths...]
"""
import concurrent.futures, json, os, shlex, subprocess, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def cases(paths):
    for p in paths:
        if os.path.isdir(p):
            for d, dirs, files in os.walk(p):
                dirs[:] = sorted(x for x in dirs if not x.startswith(("_", ".")))
                for f in sorted(files):
                    if f.endswith(".py") and not f.startswith("_"):
                        yield os.path.join(d, f)
        else:
            yield p


def last_line(text):
    lines = [l for l in text.splitlines() if l.strip()]
    return lines[-1] if lines else ""


def run(impl, case):
    exp_file = case[:-3] + ".expected.json"
    if not os.path.exists(exp_file):
        return case, "no expected file"
    exp = json.load(open(exp_file))
    try:
        p = subprocess.run(impl + [os.path.basename(case)], cwd=os.path.dirname(case), capture_output=True,
                           timeout=60, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        return case, "timeout"
    conf = os.path.join(ROOT, "tests/conformance")
    out = p.stdout.decode("utf-8", "replace").replace(conf, "<conformance>")
    err = p.stderr.decode("utf-8", "replace").replace(conf, "<conformance>")
    if out != exp["stdout"]:
        return case, "stdout differs"
    if p.returncode != exp["exit_code"]:
        return case, f"exit {p.returncode}, expected {exp['exit_code']}"
    if last_line(err) != exp["stderr_last_line"]:
        return case, f"stderr last line {last_line(err)!r}"
    return case, None


def main(argv):
    impl = ["node", os.path.join(ROOT, "dist/pyframe.mjs")]
    jobs = os.cpu_count() or 2
    paths = []
    i = 0
    while i < len(argv):
        if argv[i] == "--impl":
            impl = shlex.split(argv[i + 1]); i += 2
        elif argv[i] == "-j":
            jobs = int(argv[i + 1]); i += 2
        else:
            paths.append(argv[i]); i += 1
    if impl[0].startswith(".") or "/" in impl[0]:
        impl[0] = os.path.abspath(impl[0])
    impl = [os.path.abspath(a) if os.path.exists(a) else a for a in impl]
    all_cases = list(cases(paths or [os.path.join(ROOT, "tests/conformance")]))
    failed = 0
    with concurrent.futures.ThreadPoolExecutor(jobs) as ex:
        for case, problem in ex.map(lambda c: run(impl, c), all_cases):
            if problem is not None:
                failed += 1
                print(f"FAIL {os.path.relpath(case, ROOT)}: {problem}")
    print(f"{len(all_cases) - failed} of {len(all_cases)} cases pass")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

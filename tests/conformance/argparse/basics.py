import os
os.environ["COLUMNS"] = "80"
import argparse
import io
import sys


def show(parser, args):
    err = io.StringIO()
    old = sys.stderr
    sys.stderr = err
    try:
        ns = parser.parse_args(args)
        print(args, "->", ns)
    except SystemExit as e:
        print(args, "-> exit", e.code, repr(err.getvalue()))
    finally:
        sys.stderr = old


p = argparse.ArgumentParser(prog="prog", description="A test program that does things with numbers and files.",
                            epilog="Epilog text goes here.")
p.add_argument("integers", metavar="N", type=int, nargs="+", help="an integer for the accumulator")
p.add_argument("--sum", dest="accumulate", action="store_const", const=sum, default=max,
               help="sum the integers (default: find the max)")
p.add_argument("-v", "--verbose", action="count", default=0, help="increase verbosity")
p.add_argument("-o", "--output", default="out.txt", help="where to write")
p.add_argument("--mode", choices=["fast", "slow"], default="fast")
p.add_argument("-x", type=float, help="a float")
p.add_argument("--flag", action=argparse.BooleanOptionalAction, default=True, help="a boolean")
p.add_argument("--items", action="append", help="repeatable")
p.add_argument("--ext", action="extend", nargs="+", type=int)
p.add_argument("--pair", nargs=2, metavar=("A", "B"))
p.add_argument("--opt", nargs="?", const="C", default="D")
print(p.format_help())
print(p.format_usage())
show(p, ["1", "2", "3"])
show(p, ["1", "2", "--sum", "-vvv", "-o", "file", "--mode", "slow", "-x", "2.5"])
show(p, ["--items", "a", "--items=b", "3", "--ext", "1", "2", "--ext", "3", "--pair", "p", "q", "--no-flag"])
show(p, ["4", "--opt"])
show(p, ["4", "--opt", "val", "--output=o2", "-oo3"])
show(p, [])
show(p, ["x"])
show(p, ["1", "--mode", "medium"])
show(p, ["1", "--bogus"])
show(p, ["1", "-x"])
show(p, ["1", "--pair", "a"])
show(p, ["1", "--out", "abbrev"])
show(p, ["1", "--", "-5"])
show(p, ["-h"])
print(p.parse_known_args(["1", "--unknown", "2"]))

p2 = argparse.ArgumentParser(prog="git")
p2.add_argument("--global-opt", action="store_true")
sub = p2.add_subparsers(dest="command", help="sub-command help")
c = sub.add_parser("commit", help="record changes")
c.add_argument("-m", "--message", required=True)
c.add_argument("--amend", action="store_true")
pu = sub.add_parser("push", aliases=["p"], help="update remote")
pu.add_argument("remote", nargs="?", default="origin")
print(p2.format_help())
print(c.format_help())
show(p2, ["commit", "-m", "msg"])
show(p2, ["--global-opt", "p", "upstream"])
show(p2, ["commit"])
show(p2, ["nope"])

p3 = argparse.ArgumentParser(prog="mx", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
g = p3.add_mutually_exclusive_group(required=True)
g.add_argument("--a", action="store_true", help="option a")
g.add_argument("--b", type=int, default=3, help="option b")
grp = p3.add_argument_group("extra", "Extra options for the tool.")
grp.add_argument("--level", type=int, default=1, help="the level")
grp.add_argument("files", nargs="*", help="input files")
print(p3.format_help())
show(p3, ["--a"])
show(p3, ["--a", "--b", "4"])
show(p3, [])

p4 = argparse.ArgumentParser(prog="a_program_with_a_rather_long_name_for_wrapping_purposes", add_help=False)
for i in range(12):
    p4.add_argument(f"--option-number-{i}", metavar=f"VALUE{i}")
p4.add_argument("positional_one")
p4.add_argument("positional_two", nargs="*")
print(p4.format_usage())
p5 = argparse.ArgumentParser(prog="short")
for i in range(8):
    p5.add_argument(f"--opt{i}", help="help text " * (i + 1))
p5.add_argument("pos", help="a positional with a long help " * 3)
print(p5.format_help())
p6 = argparse.ArgumentParser(prog="raw", formatter_class=argparse.RawDescriptionHelpFormatter,
                             description="line one\n   indented line two\n\nparagraph")
p6.add_argument("--version", action="version", version="%(prog)s 1.0")
print(p6.format_help())
show(p6, ["--version"])
ns = argparse.Namespace(a=1, b="x")
print(ns, ns == argparse.Namespace(a=1, b="x"), "a" in ns, vars(ns))
try:
    p.add_argument("--sum")
except argparse.ArgumentError as e:
    print("ArgumentError", e)
for bad in [dict(nargs=0), dict(action="bogus"), dict(type="notcallable")]:
    try:
        argparse.ArgumentParser().add_argument("--z", **bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    argparse.ArgumentParser().add_argument("pos", required=True)
except TypeError as e:
    print("TypeError", e)
pe = argparse.ArgumentParser(exit_on_error=False)
pe.add_argument("--n", type=int)
try:
    pe.parse_args(["--n", "x"])
except argparse.ArgumentError as e:
    print("ArgumentError", e)
print(argparse.FileType("w"), argparse.FileType("rb", encoding="utf-8"))
p7 = argparse.ArgumentParser(prog="pfx", prefix_chars="+-")
p7.add_argument("+f", action="store_true")
p7.add_argument("-n", type=int)
show(p7, ["+f", "-n", "-3"])
p8 = argparse.ArgumentParser(prog="neg")
p8.add_argument("x", type=int)
show(p8, ["-3"])
p9 = argparse.ArgumentParser(prog="intermixed")
p9.add_argument("--foo")
p9.add_argument("cmd")
p9.add_argument("rest", nargs="*", type=int)
print(p9.parse_intermixed_args("doit 1 --foo bar 2 3".split()))
print(p.get_default("output"), p3.get_default("b"))
p.set_defaults(output="changed", newdest=5)
show(p, ["7"])

"""Command-line tool to validate and pretty-print JSON (python -m json.tool).

Reads a JSON document (or JSON Lines with --json-lines) from infile or standard input and writes it
back formatted to outfile or standard output; invalid JSON ends the program with the decoder's
message.
"""
import argparse
import json
import sys


def _parser():
    parser = argparse.ArgumentParser(
        prog="python -m json.tool",
        description="A simple command line interface for json module to validate and pretty-print JSON objects.")
    parser.add_argument("infile", nargs="?", help="a JSON file to be validated or pretty-printed", default=None)
    parser.add_argument("outfile", nargs="?", help="write the output of infile to outfile", default=None)
    parser.add_argument("--sort-keys", action="store_true", default=False,
                        help="sort the output of dictionaries alphabetically by key")
    parser.add_argument("--no-ensure-ascii", dest="ensure_ascii", action="store_false",
                        help="disable escaping of non-ASCII characters")
    parser.add_argument("--json-lines", action="store_true", default=False,
                        help="parse input using the JSON Lines format. Use with --no-indent or --compact "
                             "to produce valid JSON Lines output.")
    spacing = parser.add_mutually_exclusive_group()
    spacing.add_argument("--indent", default=4, type=int,
                         help="separate items with newlines and use this number of spaces for indentation")
    spacing.add_argument("--tab", action="store_const", dest="indent", const="\t",
                         help="separate items with newlines and use tabs for indentation")
    spacing.add_argument("--no-indent", action="store_const", dest="indent", const=None,
                         help="separate items with spaces rather than newlines")
    spacing.add_argument("--compact", action="store_true",
                         help="suppress all whitespace separation (most compact)")
    return parser


def main():
    options = _parser().parse_args()
    dump_args = {"sort_keys": options.sort_keys, "indent": options.indent, "ensure_ascii": options.ensure_ascii}
    if options.compact:
        dump_args["indent"] = None
        dump_args["separators"] = ",", ":"
    try:
        if options.infile is None:
            infile = sys.stdin
        else:
            infile = open(options.infile, encoding="utf-8")
        try:
            # JSON Lines are decoded one by one as they are written (every line, blank ones too)
            documents = (json.loads(line) for line in infile) if options.json_lines else iter([json.load(infile)])
            outfile = sys.stdout if options.outfile is None else open(options.outfile, "w", encoding="utf-8")
            try:
                for document in documents:
                    json.dump(document, outfile, **dump_args)
                    outfile.write("\n")
            finally:
                if outfile is not sys.stdout:
                    outfile.close()
        finally:
            if infile is not sys.stdin:
                infile.close()
    except ValueError as e:
        raise SystemExit(e)


if __name__ == "__main__":
    try:
        main()
    except BrokenPipeError as exc:
        sys.exit(exc.errno)

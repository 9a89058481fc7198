# python -m json.tool, run through runpy with stdin/stdout replaced: formatting options and errors.
import io
import runpy
import sys

class Kept(io.StringIO):
    """json.tool closes its files (here sys.stdin/sys.stdout): keep them readable."""
    def close(self):
        pass

DOC = '{"b": [1, 2.5, null, true], "a": "\\u00e9", "c": {}, "d": [{"x": []}]}'

def tool(args, text):
    sys.argv = ["json.tool", *args]
    sys.stdin = Kept(text)
    out = Kept()
    sys.stdout = out
    try:
        runpy.run_module("json.tool", run_name="__main__", alter_sys=True)
        status = 0
    except SystemExit as e:
        status = e.code if isinstance(e.code, int) else str(e.code)
    finally:
        sys.stdout = sys.__stdout__
        sys.stdin = sys.__stdin__
    print(args, "->", repr(status))
    print(out.getvalue(), end="")

tool([], DOC)
tool(["--sort-keys", "--indent", "2"], DOC)
tool(["--compact"], DOC)
tool(["--tab"], DOC)
tool(["--no-ensure-ascii", "--no-indent"], DOC)
tool(["--json-lines", "--compact"], '{"a": 1}\n\n{"b": [2]}\n')
tool([], '{"a": 1,}')
tool([], "[1, 2")

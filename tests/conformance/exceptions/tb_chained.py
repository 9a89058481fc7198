import sys
# uncaught chained exceptions: every section of the report, compared through stdout
class _Relative:
    def write(self, text):
        sys.stdout.write(text.replace(__file__, "<case>"))
    def flush(self):
        sys.stdout.flush()
sys.stderr = _Relative()
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise KeyError(text) from e
def load(items):
    out = []
    for item in items:
        try:
            out.append(parse(item))
        except KeyError:
            raise RuntimeError(f"cannot load {item!r}")
    return out
def main():
    try:
        load(["1", "x"])
    finally:
        print("cleanup ran")
main()

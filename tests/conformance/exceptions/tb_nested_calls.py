import sys
# the report for an exception raised several calls deep, with carets under sub-expressions
class _Relative:
    def write(self, text):
        sys.stdout.write(text.replace(__file__, "<case>"))
    def flush(self):
        sys.stdout.flush()
sys.stderr = _Relative()
class Config:
    def __init__(self):
        self.values = {"depth": {"level": None}}
    def lookup(self, *keys):
        node = self.values
        for k in keys:
            node = node[k]
        return node
def compute(cfg):
    scale = 2
    return cfg.lookup("depth", "level") + scale * 10
def run(cfgs):
    return [compute(c) for c in cfgs]
def main():
    results = run([Config()])
    print(results)
main()

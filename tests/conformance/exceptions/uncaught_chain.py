try:
    {}["key"]
except KeyError:
    raise RuntimeError("while handling")

def check(label, fn):
    """Prints the result of fn() or the exception it raises."""
    try:
        r = fn()
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
    else:
        print(label, "->", repr(r))

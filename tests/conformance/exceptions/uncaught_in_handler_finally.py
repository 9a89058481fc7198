# an exception in except and a different one in finally: the last one is reported with its context
def f():
    try:
        raise KeyError("first")
    except KeyError:
        raise ValueError("second")
    finally:
        print("finally")
        raise TypeError("third")
f()

import sys
def bad_hook(t, v, tb):
    raise RuntimeError("hook itself failed")
sys.excepthook = bad_hook
raise KeyError("original")

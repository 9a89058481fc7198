import sys
print(len(sys.argv), sys.argv[0].endswith("argv_excepthook.py"))
sys.argv.append("--added")
print(sys.argv[1:])
sys.argv = ["replaced"]
print(sys.argv)
def hook(t, v, tb):
    print("custom excepthook:", t.__name__, v, tb.tb_lineno)
sys.excepthook = hook
print("raising at top level")
raise ValueError("handled by the custom hook")

# __main__'s __builtins__ is the builtins module; an imported module's, and the one exec()
# and eval() put into globals lacking it, is the builtins dict (of the running code).
import builtins
import textwrap

print(type(__builtins__).__name__, __builtins__ is builtins)
print(type(textwrap.__builtins__).__name__, textwrap.__builtins__ is builtins.__dict__)

g = {}
exec("x = len('abc')", g)
print(g["x"], type(g["__builtins__"]).__name__, g["__builtins__"] is builtins.__dict__)

g2 = {}
print(eval("abs(-4)", g2), g2["__builtins__"] is builtins.__dict__)

custom = {"__builtins__": {"len": lambda s: 99, "exec": exec}}
exec("inner = {}\nexec('y = len(\"ab\")', inner)", custom)
print(custom["inner"]["y"], custom["inner"]["__builtins__"] is custom["__builtins__"])

def f():
    return len("xy")
print(f.__builtins__ is builtins.__dict__)

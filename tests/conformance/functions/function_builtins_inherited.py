# A function made from globals without '__builtins__' takes the builtins of the code running
# when it is made (_PyEval_BuiltinsFromGlobals falls back to the current frame's builtins).
import builtins

def plain(s):
    return len(s)

ns = {}
f = type(plain)(plain.__code__, ns)
print(f.__globals__ is ns, f.__builtins__ is builtins.__dict__, f("abc"), ns)

source = """
def inner(s):
    pass
made = type(inner)(inner.__code__, {})
made_with = type(inner)(inner.__code__, {'__builtins__': {'marker': 2}})
"""
restricted = {'None': None, 'marker': 1}
space = {'type': type, '__builtins__': restricted}
exec(source, space)
print(space['inner'].__builtins__ is restricted)
print(space['made'].__builtins__ is restricted)
print(space['made_with'].__builtins__)
print('__builtins__' in space['made'].__globals__)

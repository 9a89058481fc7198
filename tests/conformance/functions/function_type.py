import types
def two(): return 2
for a in [(1, {}), (two.__code__, 1), (two.__code__, {}, 5), (two.__code__, {}, None, 5), (two.__code__, {}, None, None, 5), (two.__code__, {}, None, None, (1,))]:
  try: types.FunctionType(*a)
  except Exception as e: print(type(e).__name__, e)
def nf():
  v=1
  def g(): return v
  return g
g=nf()
for a in [(g.__code__, {}), (g.__code__, {}, None, None, ()), (g.__code__, {}, None, None, (1,))]:
  try: types.FunctionType(*a)
  except Exception as e: print(type(e).__name__, e)
f=types.FunctionType(g.__code__, {'__name__':'zz'}, 'nm', (1,), g.__closure__)
print(f(), f.__name__, f.__qualname__, f.__module__, f.__defaults__, f.__builtins__ is __builtins__.__dict__)
f=types.FunctionType(two.__code__, {})
print(f.__module__, f.__builtins__ is __builtins__.__dict__, f.__doc__)

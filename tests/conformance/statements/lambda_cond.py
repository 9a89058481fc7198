# lambda expressions and the conditional expression
f = lambda: 1
print(f(), f.__name__, f.__qualname__)
g = lambda x, y=2, *a, k, kw=5, **rest: (x, y, a, k, kw, rest)
print(g(1, k=3))
print(g(1, 2, 3, 4, k=0, z=9))
print(g.__defaults__, g.__kwdefaults__, g.__code__.co_argcount, g.__code__.co_kwonlyargcount)
h = lambda a, /, b: a - b
print(h(5, b=2))
try:
    h(a=1, b=2)
except TypeError as e:
    print(e)
# lambdas capture variables, late binding
fs = [lambda: i for i in range(3)]
print([fn() for fn in fs])
fs = [lambda i=i: i for i in range(3)]
print([fn() for fn in fs])
# nested lambdas and qualnames
def outer():
    return lambda: lambda: 0
print(outer().__qualname__, outer()().__qualname__)
class K:
    m = lambda self: "method"
print(K().m(), K.m.__qualname__)
# conditional expression: only the chosen branch is evaluated
def side(x):
    print("eval", x)
    return x
print(side(1) if side(True) else side(2))
print(side(1) if side(0) else side(2))
# associativity: a if b else c if d else e
for v in range(3):
    print("zero" if v == 0 else "one" if v == 1 else "many")
# conditional inside lambda and lambda inside conditional
sign = lambda n: "neg" if n < 0 else "pos" if n > 0 else "zero"
print(sign(-3), sign(0), sign(9))
pick = (lambda: "a") if False else (lambda: "b")
print(pick())
# truthiness of the condition uses __bool__ / __len__
class L:
    def __len__(self):
        return 0
print("yes" if L() else "no")
# lambda default evaluated at definition
x = 10
lx = lambda y=x: y
x = 20
print(lx())
# lambda with a yield is a generator function
gl = lambda: (yield 1)
gen = gl()
print(type(gen).__name__, next(gen))
# lambda body errors have the lambda in the traceback name
try:
    (lambda: 1 / 0)()
except ZeroDivisionError as e:
    print(e.__traceback__.tb_next.tb_frame.f_code.co_name)

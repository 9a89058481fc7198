a = [x for x in y]
b = {x for x in y if x if not x}
c = {k: v for k, v in items for j in k}
d = (x async for x in y)
e = [x for x in range(3) if (y := x)]
f = [*a, *b]
g = {**a, 'b': 1, **c}
h = {1, 2, *s}

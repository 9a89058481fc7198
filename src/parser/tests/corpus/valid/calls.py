f(a, b, *c, d=1, **e)
f(x for x in y)
f((x for x in y), z)
f(a)(b)[c].d
obj.method(*args, key=value, **kw).attr
f(a, *b, c, *d, e=1, **f, g=2)

# super() rejects more than two arguments and any keyword argument; calling super itself and
# initialising through super.__init__ or a subclass word the count error differently.

def attempt(label, fn):
    try:
        fn()
        print(label, "ok")
    except TypeError as e:
        print(label, "TypeError:", e)

attempt("super(int, int, int)", lambda: super(int, int, int))
attempt("super(int, 1, x=2)", lambda: super(int, 1, x=2))
attempt("super(x=2)", lambda: super(x=2))
sp = super(float, 1.0)
attempt("super.__init__ 3 args", lambda: super.__init__(sp, int, 1, 2))
attempt("super.__init__ keyword", lambda: super.__init__(sp, int, x=2))

class MySuper(super):
    pass

attempt("subclass 3 args", lambda: MySuper(int, 1, 2))
attempt("subclass 2 args", lambda: MySuper(int, 1))

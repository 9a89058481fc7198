@(lambda f: f)
@a[0].b
@x := y
def f(): pass

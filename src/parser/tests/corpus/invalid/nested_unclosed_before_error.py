foo(
x = 1
def

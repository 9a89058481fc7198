# an uncaught exception whose __str__ raises: the report says so
class Broken(Exception):
    def __str__(self):
        raise ValueError("str is broken")
print("before")
raise Broken("x")

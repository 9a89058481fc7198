class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

class Holder:
    pass

def gen(tag):
    try:
        yield 1
    finally:
        print("generator finally at exit:", tag)

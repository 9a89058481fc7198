# dir() of a module lists the keys of self.__dict__, which a module subclass may override.
import sys

class M(type(sys)):
    pass

m = M("m")
m.b = 1
print(dir(m))

class NotADict(M):
    @property
    def __dict__(self):
        return "Not a dict!"

n = NotADict("n")
n.b = 2
print(n.__dict__)
try:
    dir(n)
except TypeError as e:
    print("TypeError:", e)

class Other(M):
    @property
    def __dict__(self):
        return {"zeta": 1, "alpha": 2}

print(dir(Other("o")))

class WithDir(M):
    pass

w = WithDir("w")
w.__dir__ = lambda: ["custom", "names"]
print(dir(w))

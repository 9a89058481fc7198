saved = []
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("  generator finally")
class Keeper:
    def __init__(self):
        self.g = gen()
        next(self.g)
    def __del__(self):
        print("  Keeper.__del__ saves its generator")
        saved.append(self.g)
print("the generator survives its holder")
k = Keeper()
del k
print("  saved generator suspended:", saved[0].gi_suspended)
print(" ", next(saved[0]))
saved.clear()
print("after clearing saved")
class SelfSaver:
    count = 0
    def __del__(self):
        SelfSaver.count += 1
        print("  __del__ call", SelfSaver.count)
        if SelfSaver.count == 1:
            saved.append(self)
s = SelfSaver()
del s
print("resurrected once; dropping again does not call __del__")
saved.clear()
print("end")

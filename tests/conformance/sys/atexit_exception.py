import atexit
def bad():
    raise ValueError("from atexit handler")
def good():
    print("good handler still runs")
atexit.register(good)
atexit.register(bad)
print("end of module")

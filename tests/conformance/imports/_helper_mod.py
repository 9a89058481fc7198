value = 42
def func(x):
    return x * 10
print("helper imported")

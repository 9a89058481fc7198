print("init _relpkg.a", __name__, __package__)
x = "a.x"
y = "a.y"
def helper():
    return "a.helper"

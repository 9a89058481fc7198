def inner():
    raise ValueError("the message")
def outer():
    inner()
print("before")
outer()

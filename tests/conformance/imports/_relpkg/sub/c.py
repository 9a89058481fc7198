print("init _relpkg.sub.c", __name__, __package__)
w = "c.w"
def beyond():
    from ... import anything

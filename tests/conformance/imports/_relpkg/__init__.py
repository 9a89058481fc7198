print("init _relpkg", __name__, __package__)
top_value = "top"

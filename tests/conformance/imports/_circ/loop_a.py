import _circ.loop_b
value_a = "A"
def get_b():
    return _circ.loop_b.value_b

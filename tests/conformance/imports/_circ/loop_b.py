import _circ.loop_a
value_b = "B"
def get_a():
    return _circ.loop_a.value_a

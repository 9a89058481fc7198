x = (1 +
     2)
y = [
    1,
    2,
]
z = 1 + \
    2
if x:
	a = 1  # tab indentation
	if y:
		b = 2

# comment only


def f():
    # comment
    return 1
    # trailing comment

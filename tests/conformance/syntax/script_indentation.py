# a script with an indentation error
print("never printed")
if True:
print("x")

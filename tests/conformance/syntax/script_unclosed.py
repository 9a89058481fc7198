# the script itself does not parse: nothing runs, status 1
print("never printed")
x = (1,
     2
y = 3

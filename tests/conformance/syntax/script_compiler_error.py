# a compiler (not parser) error in the script: reported before anything runs
print("never printed")
def f():
    nonlocal missing

# A comprehension's assignment expression binds in the enclosing function, or globally when that
# function declares the name global.
def declared_global():
    global G
    [G := i for i in range(3)]
    return G

G = "before"
print(declared_global(), G)

def plain_local():
    [L := i * 2 for i in range(3)]
    return L

print(plain_local(), "L" in globals())

def nested_comprehensions():
    global H
    [[H := (i, j) for j in range(2)] for i in range(2)]
    return H

print(nested_comprehensions(), H)

def closure_sees_it():
    [C := n for n in "ab"]
    def inner():
        return C
    return inner()

print(closure_sees_it())

def lambda_binds_its_own():
    global K
    K = "global"
    f = lambda: ([K := x for x in (7, 8)], K)[1]
    return f(), K

print(lambda_binds_its_own(), K)

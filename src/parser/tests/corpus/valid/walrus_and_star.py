if (n := len(a)) > 10: pass
while (line := f.readline()):
    pass
print(*a, sep='')
x = *a, *b

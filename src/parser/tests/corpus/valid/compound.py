if a:
    pass
elif b:
    pass
elif c: pass
else:
    pass

while x:
    break
else:
    continue

for a, b in c:
    pass
else:
    pass

for x in *a, b:
    pass

try:
    pass
except E:
    pass
except (F, G) as e:
    pass
except:
    pass
else:
    pass
finally:
    pass

try:
    pass
finally:
    pass

try:
    pass
except* E:
    pass
except* (F, G) as g:
    pass

with a:
    pass
with a as b, c as (d, e):
    pass
with (a as b, c):
    pass
with (a, b):
    pass
with (a, b) as c:
    pass
with (
    open(x) as f,
    open(y) as g,
):
    pass

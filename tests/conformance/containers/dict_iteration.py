# mutating a dict while iterating it: CPython's RuntimeErrors and what gets seen
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

def grow():
    d = {1: 1, 2: 2}
    seen = []
    for k in d:
        seen.append(k)
        d[k + 10] = 0
    return seen
show(grow)

def shrink():
    d = {1: 1, 2: 2, 3: 3}
    seen = []
    for k in d:
        seen.append(k)
        del d[k]
    return seen
show(shrink)

def swap_same_size():
    d = {0: 0}
    seen = []
    for k in d:
        seen.append(k)
        del d[k]
        d[k + 1] = k + 1
    return seen
show(swap_same_size)

def swap_many():
    d = {i: i for i in range(5)}
    seen = []
    for k in d:
        seen.append(k)
        if k < 3:
            del d[k]
            d[k + 100] = 0
    return seen, d
show(swap_many)

def update_values():
    d = {1: 1, 2: 2}
    for k in d:
        d[k] = 'changed'
    return d
show(update_values)

def sticky():
    d = {1: 1}
    it = iter(d)
    d[2] = 2
    out = []
    for _ in range(2):
        try:
            next(it)
        except RuntimeError as e:
            out.append(str(e))
    return out
show(sticky)

def after_error():
    d = {0: 0}
    it = iter(d)
    next(it)
    del d[0]; d[1] = 1
    try:
        next(it)
    except RuntimeError as e:
        print('error', e)
    return list(it)
show(after_error)

def views():
    d = {1: 1}
    out = []
    for it in (iter(d.values()), iter(d.items()), reversed(d), reversed(d.values())):
        d[len(d) + 5] = 0
        try:
            next(it)
        except RuntimeError as e:
            out.append(str(e))
    return out
show(views)

def pop_during():
    d = {1: 1, 2: 2}
    it = iter(d)
    next(it)
    d.popitem()
    try:
        next(it)
    except RuntimeError as e:
        return str(e)
show(pop_during)

def clear_during():
    d = {1: 1}
    for k in d:
        d.clear()
    return d
show(clear_during)

def length_hint_after_change():
    d = {1: 1, 2: 2}
    it = iter(d)
    d[3] = 3
    return it.__length_hint__()
show(length_hint_after_change)

def update_self():
    d = {1: 2}
    d.update(d)
    d |= d
    return d
show(update_self)

def eq_mutates():
    class Evil:
        def __init__(self, d):
            self.d = d
        def __hash__(self):
            return 1
        def __eq__(self, other):
            self.d.clear()
            return False
    d = {}
    e1 = Evil(d)
    d[e1] = 1
    return d.get(Evil(d)), len(d)
show(eq_mutates)

match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case Point(x=0, y=0):
        pass
    case Point(1, 2, z=3):
        pass
    case {"x": x, "y": y, **rest}:
        pass
    case [1, 2, *others]:
        pass
    case (1 | 2 | 3) as num:
        pass
    case -1 | 1.5 | 2+3j | -4-5j | "str" "s" | b"" | None | True | False:
        pass
    case a.b.c:
        pass
    case _:
        pass
    case x if x > 0:
        pass
    case [*_]:
        pass
    case ():
        pass
    case (a,):
        pass
    case (a):
        pass
    case a, *b:
        pass
    case {}:
        pass
    case {1: _, a.b: [c]}:
        pass
match x, y:
    case _: pass
match = 1
match.x = 2
match(x)
case = 3
_ = 4

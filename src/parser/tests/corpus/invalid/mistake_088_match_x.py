match x:
    case

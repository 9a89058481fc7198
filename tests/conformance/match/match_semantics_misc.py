# assorted match semantics: subjects, guard side effects, pattern order, names bound on success only
def http(status):
    match status:
        case 200 | 201 | 204:
            return "ok"
        case 301 | 302 as code:
            return f"redirect {code}"
        case int(code) if 400 <= code < 500:
            return f"client error {code}"
        case int(code) if code >= 500:
            return f"server error {code}"
        case str() | bytes():
            return "not a number"
        case _:
            return "unknown"
print([http(s) for s in [200, 302, 404, 503, 99, "x", b"y", None]])
# commands as sequences of strings
def command(text):
    match text.split():
        case ["go", ("north" | "south" | "east" | "west") as direction]:
            return f"going {direction}"
        case ["go", *_]:
            return "invalid direction"
        case ["pick", "up", item] | ["take", item]:
            return f"took {item}"
        case ["drop", *items] if items:
            return f"dropped {', '.join(items)}"
        case []:
            return "nothing"
        case [verb, *_]:
            return f"unknown verb {verb}"
print([command(t) for t in ["go north", "go up", "pick up key", "take lamp", "drop a b", "drop", "", "dance now"]])
# nested mapping/sequence data
events = [
    {"type": "click", "pos": [1, 2]},
    {"type": "key", "key": "q", "mods": ["ctrl"]},
    {"type": "key", "key": "a"},
    {"type": "scroll", "delta": -3},
    {"kind": "unknown"},
]
for ev in events:
    match ev:
        case {"type": "click", "pos": [x, y]}:
            print("click at", x, y)
        case {"type": "key", "key": k, "mods": [*mods]}:
            print("key", k, "with", mods)
        case {"type": "key", "key": k}:
            print("plain key", k)
        case {"type": t, **rest}:
            print("other event", t, rest)
        case _:
            print("no type")
# match inside a loop with break/continue in case bodies
for v in [1, 2, 3, 4]:
    match v:
        case 2:
            continue
        case 4:
            break
    print("loop value", v)
# a match statement's subject can be any expression; cases are tried in order even if an earlier guard has side effects
hits = []
match [1, 2]:
    case [a, b] if hits.append("guard 1") or False:
        pass
    case [a, b] if hits.append("guard 2") or True:
        hits.append("body 2")
print(hits, a, b)

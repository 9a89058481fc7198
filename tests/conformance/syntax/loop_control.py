# 'break' outside loop, 'continue' not properly in loop
from _check import check
check([
    "break",
    "continue",
    "if True:\n    break",
    "def f():\n    break",
    "for x in y:\n    def f():\n        break",
    "for x in y:\n    class C:\n        continue",
    "while True:\n    pass\nelse:\n    break",
    "for x in y:\n    pass\nelse:\n    continue",
    "while True:\n    try:\n        pass\n    finally:\n        break",
    "while True:\n    try:\n        pass\n    finally:\n        continue",
    "with x:\n    break",
    "for x in y:\n    with z:\n        continue",
    "try:\n    break\nexcept:\n    pass",
    "for x in y:\n    try:\n        pass\n    except* E:\n        break",
    "for x in y:\n    lambda: (yield)",
    "match x:\n    case 1:\n        break",
])

f"{a\n}"

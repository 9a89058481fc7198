print("raises: running")
partial = "set before the error"
raise ValueError("failed during import")

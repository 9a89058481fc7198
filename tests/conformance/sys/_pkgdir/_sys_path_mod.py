VALUE = "imported from a directory added to sys.path"

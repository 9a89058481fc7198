# SystemExit with several arguments: the tuple is printed, status 1
print("exit with a tuple")
raise SystemExit(1, 2)

# an unhandled KeyboardInterrupt: traceback, then the process ends by SIGINT
print("x")
raise KeyboardInterrupt

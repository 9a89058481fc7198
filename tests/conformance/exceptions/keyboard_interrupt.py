# an uncaught BaseException subclass other than SystemExit: traceback and status 1
class Stop(BaseException):
    pass
def deep():
    raise Stop("stopping")
print("before")
deep()

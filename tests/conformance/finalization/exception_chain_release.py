from _exit_helper import T
class E(Exception):
    def __init__(self, tag):
        super().__init__(tag)
        self.payload = T("payload of " + tag)
print("chained exceptions keep each other alive")
try:
    try:
        raise E("first")
    except E:
        raise E("second")
except E as e:
    kept = e
print("  context payload alive:", kept.__context__.payload.name)
del kept
print("after dropping the chain")
print("raise from keeps the cause")
try:
    try:
        raise E("inner")
    except E as inner:
        raise E("outer") from inner
except E as e:
    print("  cause:", e.__cause__.args[0])
print("after handler")
print("traceback frames keep locals alive")
def failing():
    local = T("failing local")
    raise E("with frame")
try:
    failing()
except E as e:
    tb = e.__traceback__
print("  traceback saved")
del tb
print("  traceback dropped")
print("end")

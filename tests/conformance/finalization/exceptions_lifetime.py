import sys
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  del", self.name)

class Err(Exception):
    def __init__(self, payload):
        super().__init__(payload.name)
        self.payload = payload

def fail():
    local = T("frame local")
    raise Err(T("payload"))

print("except E as e: e is unbound at the end of the handler")
try:
    fail()
except Err as e:
    print("  handling", e)
print("after handler")

print("except without a name")
try:
    fail()
except Err:
    print("  handling")
print("after unnamed handler")

print("saving the exception keeps the frame alive")
try:
    fail()
except Err as e:
    saved = e
print("  still saved")
saved = None
print("after dropping saved")

print("saving the traceback")
try:
    fail()
except Err as e:
    tb = e.__traceback__
print("  traceback held")
del tb
print("after del tb")

print("sys.exc_info() inside handler")
try:
    fail()
except Err:
    info = sys.exc_info()
    print("  got", info[0].__name__)
print("  after handler, info still held")
del info
print("after del info")

print("exception replaced in handler")
try:
    try:
        fail()
    except Err:
        raise KeyError("second")
except KeyError as k:
    print("  outer handler, context payload:", k.__context__.payload.name)
print("after nested")

print("exception swallowed in a function")
def swallow():
    try:
        fail()
    except Err:
        pass
    print("  after try in swallow")
swallow()

print("finally drops the exception after re-raise")
def reraise():
    try:
        fail()
    finally:
        print("  finally")
try:
    reraise()
except Err:
    print("  caught")
print("end")

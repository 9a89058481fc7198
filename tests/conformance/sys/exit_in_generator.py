import sys
def gen():
    try:
        yield 1
        sys.exit(7)
    finally:
        print("generator finally")
for v in gen():
    print("got", v)
print("not reached")

# aiter()/anext() over a class-based async iterator, awaited without an event loop
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
class AsyncCounter:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n
class Wrapper:
    def __aiter__(self):
        return AsyncCounter(1)
async def main():
    c = aiter(AsyncCounter(2))
    print(c.__class__.__name__, await anext(c), await anext(c), await anext(c, None))
    try:
        await anext(c)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    w = aiter(Wrapper())
    print(type(w).__name__, await anext(w), await anext(w, "fallback"))
    return "main done"
print(run(main()))
for bad in (lambda: aiter(1), lambda: anext(1), lambda: aiter(), lambda: anext(), lambda: anext(AsyncCounter(1), 1, 2), lambda: aiter(AsyncCounter(1), 2)):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
class BadAiter:
    def __aiter__(self):
        return 5
try:
    aiter(BadAiter())
except TypeError as e:
    print(type(e).__name__, e)
class NotAwaitable:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 5
async def use_bad():
    return await anext(NotAwaitable(), "d")
try:
    run(use_bad())
except TypeError as e:
    print(type(e).__name__, e)
print(anext(NotAwaitable()))
class Raising:
    def __aiter__(self):
        return self
    async def __anext__(self):
        raise KeyError("inside __anext__")
async def use_raising():
    return await anext(Raising(), "not used")
try:
    run(use_raising())
except KeyError as e:
    print(type(e).__name__, e)

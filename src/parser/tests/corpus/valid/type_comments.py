x = []  # type: List[int]
y = 1 # type: ignore
z = 2  # type: ignore[attr]
def f(a,  # type: int
      b,  # type: str
      ):
    # type: (...) -> None
    pass
def g(a, b):  # type: (int, str) -> None
    pass
for i in x:  # type: int
    pass
with a as b:  # type: int
    pass
# type: ignore

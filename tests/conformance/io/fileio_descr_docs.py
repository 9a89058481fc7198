# FileIO's closed and closefd attributes carry CPython's docstrings.
from _io import FileIO
import io

print(FileIO.closed.__doc__)
print(FileIO.closefd.__doc__)
print(io.FileIO.closed.__doc__ == FileIO.closed.__doc__)

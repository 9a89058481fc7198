"""The io module's classes under their C-module name (pyframe's io is written in Python)."""

# pyframe: native frames: *
# (C code in CPython)

from io import (DEFAULT_BUFFER_SIZE, BlockingIOError, UnsupportedOperation, open, open_code,
                FileIO, BytesIO, StringIO, BufferedReader, BufferedWriter, BufferedRWPair,
                BufferedRandom, TextIOWrapper, IncrementalNewlineDecoder, text_encoding,
                IOBase as _IOBase, RawIOBase as _RawIOBase, BufferedIOBase as _BufferedIOBase,
                TextIOBase as _TextIOBase)

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

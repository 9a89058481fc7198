"""Main entry point"""

import sys
if sys.argv[0].endswith("__main__.py"):
    import os.path
    # the name shown in usage messages: the interpreter and "-m unittest"
    executable = os.path.basename(sys.executable)
    sys.argv[0] = executable + " -m unittest"
    del os

__unittest = True

from .main import main

main(module=None)

print("init _relpkg.sub", __name__, __package__)
from . import b
from .. import a as parent_a
from ..a import y
from .. import top_value

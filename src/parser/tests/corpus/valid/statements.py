pass
del a, b[c], d.e, (f, g), [h]
assert x, "msg"
assert y
raise
raise E
raise E from c
global g1, g2
nonlocal n1
return
return a, *b
return *a, b
break
continue
import a, b.c as d, e.f.g
from . import x
from .. import (y, z,)
from ...m import *
from .m.n import o as p
from .... import q

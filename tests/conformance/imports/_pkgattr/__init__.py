print("_pkgattr init, has sub before:", "sub" in globals())
from . import sub
print("_pkgattr init, has sub after:", "sub" in globals())
sub_alias = sub
late = None

from __future__ import annotations, generator_stop
import __future__

print(__future__.all_feature_names)
print(sorted(__future__.__all__))
for name in __future__.all_feature_names:
    f = getattr(__future__, name)
    print(name, f, f.getOptionalRelease(), f.getMandatoryRelease(), hex(f.compiler_flag))
for c in sorted(n for n in dir(__future__) if n.startswith("CO_")):
    print(c, hex(getattr(__future__, c)))
print(type(__future__.annotations).__name__)


def f(x: undefined_name) -> also_undefined:
    return x


print(f.__annotations__)

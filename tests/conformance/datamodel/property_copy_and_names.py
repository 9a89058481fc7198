# property: names and qualified class names in its errors, __set_name__ arguments, the doc a
# getter()/setter() copy keeps or takes from the new getter (property_copy), __init__ again.
class C:
    @property
    def x(self):
        "getter doc"
        return 1
p = C.__dict__["x"]
p.__init__(None)
try:
    C().x
except AttributeError as e:
    print(e)
class D:
    x = property(None)
    x.__set_name__(object, "renamed")
try:
    D().x
except AttributeError as e:
    print(e)
try:
    D.__dict__["x"].__set_name__(1)
except TypeError as e:
    print(e)
try:
    D.__dict__["x"].__set_name__(1, 2, 3)
except TypeError as e:
    print(e)
class Outer:
    class Inner:
        p = property()
try:
    Outer.Inner().p = 1
except AttributeError as e:
    print(e)
try:
    del Outer.Inner().p
except AttributeError as e:
    print(e)
class Base:
    @property
    def spam(self):
        "base doc"
        return 1
class Sub(Base):
    @Base.spam.getter
    def spam(self):
        "sub doc"
        return 2
print(Sub.spam.__doc__, Sub().spam)
class Sub2(Base):
    spam = Base.spam.getter(None)
print(Sub2.spam.__doc__, Sub2().spam)
class Explicit:
    spam = property(lambda s: 1, doc="explicit")
    spam = spam.getter(lambda s: 2)
print(Explicit.spam.__doc__)
class PSub(property):
    pass
class Foo:
    @PSub
    def spam(self):
        """a docstring"""
    @spam.getter
    def spam(self):
        """a new docstring"""
    @property
    def nodoc(self):
        pass
    @nodoc.getter
    def nodoc(self):
        "now doc"
print(Foo.spam.__doc__, Foo.nodoc.__doc__)
q = property(lambda s: 0, doc="d")
q.__init__(lambda s: 1)
print(q.__doc__)

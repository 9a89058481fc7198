import sys
class Code:
    def __repr__(self):
        return "Code()"
    def __str__(self):
        return "custom code object"
print("about to exit with a non-int code")
sys.exit(Code())

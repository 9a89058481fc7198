import sys
# True is the integer 1
print("exit True")
sys.exit(True)
